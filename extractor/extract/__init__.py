"""Stage 5, extract: facts from the readable sections, each with its evidence span."""
