"""Event coding: from parsed posts to PLOVER events, claims and their provenance.

:mod:`.coder` proposes triggers (the lexicon of :mod:`.lexicon`, and any other proposer
registered with it), reads their arguments, modality, attribution, dates (:mod:`.dates`)
and places (:mod:`.places`) from the parse, and builds the events; :mod:`.documents` codes
whole documents through the spaCy pipeline (with :mod:`.prefilter` sparing the parser);
:mod:`.component` is the ``actorgraph_events`` spaCy component. This package depends on
:mod:`actorgraph.nlp`; ``nlp`` never imports it.
"""
