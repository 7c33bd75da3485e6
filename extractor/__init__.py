"""extractor: multilingual motorsport press releases → grounded, structured JSON records."""

# The subpackage first: importing it later would rebind `extractor.extract` to it, over the
# function bound below. Its __init__ is empty, so this costs nothing.
import extractor.extract  # noqa: F401
from extractor.api import extract, extract_dict
from extractor.errors import ExtractorError

__all__ = ["extract", "extract_dict", "ExtractorError"]
__version__ = "0.1.0"
