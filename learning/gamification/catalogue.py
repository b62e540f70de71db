"""The achievement catalogue (SPEC.md "Gamification"). Data: added to the Achievement table after every
migrate when missing, never overwriting what an admin changed (names, texts, icons, rarity, XP). The code
is the link to the rule that unlocks it (gamification/achievements.py)."""

SCENARIO_CATEGORIES = [
    ("travel", "Travel"),
    ("restaurant", "Restaurant"),
    ("shopping", "Shopping"),
    ("business", "Business"),
    ("healthcare", "Healthcare"),
    ("social", "Social"),
    ("emergency", "Emergency"),
    ("education", "Education"),
    ("daily-life", "Daily life"),
    ("hobbies", "Hobbies"),
]

COMMON, RARE, EPIC, LEGENDARY = "common", "rare", "epic", "legendary"

# thresholds of the counted achievements: code prefix → numbers
SCENARIO_COUNTS = [1, 5, 10, 25, 100]
STREAK_DAYS = [3, 7, 30, 100]
WORDS_LEARNED = [100, 500]
REVIEWS = [1000]
RATINGS = [10, 50]
IMPORTED_CONTENT = 10
LANGUAGES = 3
PERFECT_DAYS = 7

# code, name, description, icon, rarity, XP
ACHIEVEMENTS: list[tuple[str, str, str, str, str, int]] = [
    ("scenarios-1", "Curtain up", "Complete your first scenario.", "🎬", COMMON, 10),
    ("scenarios-5", "Regular on stage", "Complete 5 scenarios.", "🎭", COMMON, 25),
    ("scenarios-10", "Seasoned performer", "Complete 10 scenarios.", "🌟", RARE, 50),
    ("scenarios-25", "Scene stealer", "Complete 25 scenarios.", "🏅", EPIC, 100),
    ("scenarios-100", "Living the language", "Complete 100 scenarios.", "🏆", LEGENDARY, 250),
    *(
        (f"category-{slug}", f"{label} all-rounder", f"Complete every {label.lower()} scenario.", "🗺️", RARE, 75)
        for slug, label in SCENARIO_CATEGORIES
    ),
    ("streak-3", "Warming up", "Meet your daily goal 3 days in a row.", "🔥", COMMON, 10),
    ("streak-7", "One week strong", "Keep a 7-day streak.", "🔥", COMMON, 25),
    ("streak-30", "Habit formed", "Keep a 30-day streak.", "☄️", RARE, 100),
    ("streak-100", "Unstoppable", "Keep a 100-day streak.", "🌋", LEGENDARY, 300),
    ("freeze-used", "Saved by the ice", "A streak freeze covered a missed day.", "🧊", COMMON, 10),
    ("words-100", "Word collector", "Learn 100 words: cards that graduated to review.", "📚", RARE, 50),
    ("words-500", "Walking dictionary", "Learn 500 words: cards that graduated to review.", "📖", EPIC, 150),
    ("reviews-1000", "Review machine", "Grade 1,000 reviews.", "🔁", EPIC, 150),
    ("perfect-week", "Perfect week", "Meet your daily goal 7 days in a row without a freeze.", "📅", RARE, 50),
    ("quick-finish", "Quick study", "Finish a scenario in half its expected time.", "⚡", RARE, 50),
    ("ratings-10", "Critic", "Rate 10 scenarios.", "⭐", COMMON, 20),
    ("ratings-50", "Trusted reviewer", "Rate 50 scenarios.", "🌠", RARE, 60),
    ("path-built", "Pathfinder", "Build a learning path.", "🧭", COMMON, 20),
    ("languages-3", "Polyglot", "Study 3 languages.", "🌍", RARE, 60),
    ("content-10", "Bookworm", "Study 10 imported content items.", "🔖", RARE, 50),
]
