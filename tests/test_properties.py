"""Properties over arbitrary input: nothing escapes but InputError, and every offset slices its text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vnreport.errors import InputError
from vnreport.reading import decode_source
from vnreport.segment.document import segment

ALPHABET = list(
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
    " ĐHNTUỦỷ0123456789.,;:!?…/-–%“”()\n\t"
)
VIETNAMESE = st.text(alphabet=st.sampled_from(ALPHABET), max_size=400) | st.text(max_size=400)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_reader_never_raises_anything_but_input_error(data: bytes) -> None:
    try:
        source = decode_source("fuzz.bin", data)
    except InputError as error:
        assert error.reason in {"empty", "binary", "undecodable"}
    else:
        assert source.text.strip()


@settings(max_examples=150, deadline=None)
@given(VIETNAMESE)
def test_segmenter_offsets_always_slice_the_text(text: str) -> None:
    doc = segment(text)
    last = 0
    for sentence in doc.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.start >= last
        last = sentence.end
        for word in sentence.words:
            assert text[word.start : word.end] == word.text
            assert word.text.strip()
