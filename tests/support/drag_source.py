#!/usr/bin/env python3
"""A tiny GTK3 drag source for end-to-end tests: a small window at (X, Y)
that offers FILE as text/uri-list when dragged. Prints READY once mapped and
exits after a drop (or after 60 s).

usage: drag_source.py FILE X Y
"""
import pathlib
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("Gdk", "3.0")
from gi.repository import Gdk, GLib, Gtk  # noqa: E402

path, x, y = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
uri = pathlib.Path(path).resolve().as_uri()

win = Gtk.Window(title="drag-source")
win.set_decorated(False)
win.set_default_size(60, 60)
win.move(x, y)
box = Gtk.EventBox()
box.add(Gtk.Label(label="FILE"))
win.add(box)

box.drag_source_set(Gdk.ModifierType.BUTTON1_MASK, [], Gdk.DragAction.COPY)
box.drag_source_add_uri_targets()


def on_get(_widget, _ctx, data, _info, _time):
    data.set_uris([uri])


def on_end(*_args):
    GLib.timeout_add(200, Gtk.main_quit)


box.connect("drag-data-get", on_get)
box.connect("drag-end", on_end)
win.connect("map-event", lambda *_: print("READY", flush=True))
win.connect("destroy", Gtk.main_quit)
GLib.timeout_add_seconds(60, Gtk.main_quit)
win.show_all()
Gtk.main()
