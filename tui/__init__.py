"""talkswatch terminal interface and command line."""
