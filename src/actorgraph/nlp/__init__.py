"""spaCy integration: the pipeline loader and actorgraph's registered components."""
