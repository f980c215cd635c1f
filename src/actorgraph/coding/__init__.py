"""Event coding: PLOVER predicates, arguments, dates, places, attribution and modality."""
