"""A short hand-written story (a harbor board raises ferry fares) that the
HTML page tests wrap in page markup: paragraphs long enough to be read as a
page's story, and with no finding of their own."""

FERRY_STORY = [
    "The harbor board voted 5-2 on Tuesday to raise ferry fares by 50 cents, the first increase "
    "in six years, board chair Ruth Alvarez said.",
    "Commuters who ride the morning boat will pay $3.50 a trip starting in June. Alvarez said "
    "fuel and repair costs had doubled since the last increase.",
    "Two members voted against the plan, saying riders had not been given enough time to comment.",
    "The board will take up the evening schedule at its next meeting in March, Alvarez said.",
]
