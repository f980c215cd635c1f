"""The actor layer: the dictionary (built-in data, pycountry, user files) and importers."""
