"""The phone server (issue 15): members vote from their own phones over the venue's Wi-Fi.

``server`` builds the Starlette app and runs it on uvicorn in a thread (``PhoneServer``);
``api`` holds the JSON API and the live-update stream; ``pages`` the HTML pages.
The rules (links, who may vote, counted once) live in ``app.services.phones``.
"""
