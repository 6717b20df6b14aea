"""Pure algorithms: plain data in, plain data out.

No database, no ORM models, no sessions – an import-linter contract in ``pyproject.toml``
holds them to it. The services in ``app.services`` read the database, call these and write
the result:

- ``leximin`` – the LEXIMIN (and Tingsted's own maximin) selection probabilities of the lottery;
- ``seating`` – table rotations that balance categories and avoid repeats;
- ``tally`` – counting votes by each ballot method.
"""
