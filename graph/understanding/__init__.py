"""Offline case understanding: money, dates, labelled notes, signals and profile.

Each module reads one kind of thing from an agent's free text, in English,
Spanish, Portuguese, German and French, deterministically and fast (it runs on
every turn). `graph.extraction` merges what they find into `CaseFacts`.
"""
