"""lint/analysis/name_particles.py: the plain tests that spare a regex
search (`has_particle` for the name runs' hyphened-particle opening,
`hyphen_before` for the spelling-variant check's reverse search) must give
the search's own verdict. Seeded random strings over the characters that
matter: the particles in every case, the three hyphens, a newline (the
reverse pattern's `$`), soft hyphens and look-alike letters."""
from __future__ import annotations

import random

from lint.analysis.name_particles import has_particle, hyphen_before, particle_before
from lint.analysis.name_runs import _run_pattern

_PIECES = ["al", "Al", "AL", "aL", "el", "El", "eL", "a", "l", "e", "E", "A", "-", "\u2010",
           "\u2011", "\n", " ", "\u00ad", "\u00a0", "“", "’", "Assad", "Erian", "ı", "İ",
           "Ａl", "x", "."]


def _texts(seed: int, n: int):
    rng = random.Random(seed)
    for _ in range(n):
        yield "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 10)))


def test_has_particle_agrees_with_the_search():
    particle = _run_pattern()[2]
    assert particle is not None
    hits = 0
    for text in _texts(15, 4000):
        found = particle.search(text) is not None
        hits += found
        assert has_particle(particle, text) == found, repr(text)
    assert hits > 50           # the strings do hold particles


def test_hyphen_before_never_hides_a_reverse_match():
    reverse = particle_before()
    hits = 0
    for text in _texts(16, 3000):
        for at in range(len(text) + 1):
            found = reverse.search(text, max(0, at - 8), at) is not None
            hits += found
            if found:
                assert hyphen_before(text, at), (repr(text), at)
    assert hits > 60


def test_a_particle_before_a_line_break_or_at_either_end():
    particle = _run_pattern()[2]
    for text in ("al-Assad", "El\u2011Erian", "said al-\nAssad", "x al-", "AL-Assad"):
        assert has_particle(particle, text) == (particle.search(text) is not None), text
    assert hyphen_before("El-\n", 4) and particle_before().search("El-\n", 0, 4)
    assert not hyphen_before("El \n", 4)
