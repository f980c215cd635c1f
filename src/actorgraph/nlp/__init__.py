"""The spaCy layer: the pipeline loader, the ``actorgraph_actors`` ruler, and the trigger
proposals (:mod:`.proposals`) that proposers hand to the event coder. Nothing here imports
:mod:`actorgraph.coding`, which builds on this package."""
