"""The HTML views: `analyze --format html` (report_page: the text with its entities marked) and
`stats --format html` (stats_page: charts as inline SVG). Each is one self-contained file: style and
script inline, nothing fetched, every string from an input escaped (escape.py)."""
