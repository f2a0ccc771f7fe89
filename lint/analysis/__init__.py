"""Analyses several rule kinds share (dates, quotes, names). Each runs at most
once per document through `Document.analysis`."""
