"""extractor: multilingual motorsport press releases → grounded, structured JSON records."""

from extractor.api import extract, extract_dict
from extractor.errors import ExtractorError

__all__ = ["extract", "extract_dict", "ExtractorError"]
__version__ = "0.1.0"
