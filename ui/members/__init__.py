"""The Members area: roster, check-in, import, withdrawal and replacement."""
