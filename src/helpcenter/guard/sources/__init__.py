"""Where readers can see contacts: one module per kind of input, each text in, findings out."""
