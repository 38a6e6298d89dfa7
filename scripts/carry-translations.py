#!/usr/bin/env python3
"""Carries translations over to texts that moved to another class.

lupdate files a text under the class whose tr() says it. When code moves a text to another
class, the text is new there (unfinished) and gone from the old class, and its translations
would be lost. Run lupdate keeping obsolete entries, then this script, then
`cmake --build build --target update_translations` to drop what is gone:

    /usr/lib/qt6/bin/lupdate @build/translations/lupdate-sources.lst -ts translations/earshot_*.ts
    scripts/carry-translations.py translations/earshot_*.ts
    cmake --build build --target update_translations

An unfinished entry takes the translation of a vanished or obsolete entry with the same source
text and comment, from any class. Nothing else changes.
"""
import sys
import xml.etree.ElementTree as ElementTree

GONE = {"vanished", "obsolete"}


def key(message):
    return (message.findtext("source"), message.findtext("comment") or "")


def carry(path):
    tree = ElementTree.parse(path)
    messages = tree.getroot().iter("message")
    gone, waiting = {}, []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None:
            continue
        state = translation.get("type")
        if state in GONE:
            gone.setdefault(key(message), translation)
        elif state == "unfinished":
            waiting.append(message)
    carried = 0
    for message in waiting:
        old = gone.get(key(message))
        if old is None:
            continue
        new = message.find("translation")
        new.text = old.text
        for child in list(new):
            new.remove(child)
        for child in old:
            new.append(child)
        del new.attrib["type"]
        carried += 1
    del messages
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path}: {carried} translation(s) carried over")


for ts in sys.argv[1:]:
    carry(ts)
