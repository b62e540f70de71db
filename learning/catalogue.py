"""The launch languages (SPEC.md). Data: added to the database after every migrate when missing,
never overwriting what an admin changed."""

# code, name, native name, support, speech input, speech output, live analysis
LANGUAGES = [
    ("es", "Spanish", "Español", "full", True, True, True),
    ("fr", "French", "Français", "full", True, True, True),
    ("de", "German", "Deutsch", "full", True, True, True),
    ("it", "Italian", "Italiano", "full", True, True, True),
    ("pt", "Portuguese", "Português", "full", True, True, True),
    ("en", "English", "English", "full", True, True, True),
    # espeak-ng has no usable Japanese or Chinese voice; the offline spell checkers cover none of these three
    ("ja", "Japanese", "日本語", "text_only", True, False, False),
    ("zh", "Chinese (Mandarin)", "中文", "text_only", True, False, False),
    ("ko", "Korean", "한국어", "text_only", True, True, False),
]
