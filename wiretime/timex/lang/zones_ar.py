"""Arabic phrases that state the zone of a clock time (value: IANA name or "UTC")."""

ZONES = {
    "بتوقيت غرينتش": "UTC", "بتوقيت غرينيتش": "UTC", "بتوقيت جرينتش": "UTC", "بتوقيت جرينيتش": "UTC",
    "بتوقيت جرينتش العالمي": "UTC", "ت غ": "UTC", "ت.غ": "UTC", "ت. غ": "UTC", "غرينتش": "UTC",
    "جرينتش": "UTC", "GMT": "UTC", "UTC": "UTC",
}
