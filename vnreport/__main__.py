from vnreport.cli.main import run

run()
