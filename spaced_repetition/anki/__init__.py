"""Anki interop: read .apkg packages into cards and review logs, write a deck as an .apkg that Anki opens.

package.py reads the zip and its SQLite collection (no Django), text.py turns Anki's HTML fields into our plain
text and back, importer.py and exporter.py are the two services."""
