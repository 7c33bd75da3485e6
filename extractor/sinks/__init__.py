"""Where records go: JSON Lines files and the newsroom database."""
