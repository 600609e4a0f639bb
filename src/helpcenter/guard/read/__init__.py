"""The guard's reading of text (its grammar): de-obfuscate, find candidates, judge them.

Modules in reading order: ``candidate``, ``deobfuscate``, ``keywords``, ``numbers``, ``labels``,
``extract``, ``judge``, ``check``. The in-browser checker mirrors them module by module in
``overrides/assets/javascripts/hc-read.js`` (same names, same order), from the same data
(``helpcenter/contacts/grammar.json``).
"""
