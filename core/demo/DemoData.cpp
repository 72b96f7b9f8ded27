// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoData.h"

namespace stepwise::demo {

namespace {

// Given and family names common in US records (SSA and Census surname lists give the flavour;
// no list is copied). Native-script forms are ordinary spellings of the same given name.

constexpr GivenName usFemale[] = { { "Emily" }, { "Sarah" }, { "Jessica", nullptr, "Jess" },
    { "Ashley", nullptr, "Ash" }, { "Megan" }, { "Rachel" }, { "Lauren" }, { "Hannah" },
    { "Kayla" }, { "Brittany" }, { "Amanda", nullptr, "Mandy" }, { "Danielle", nullptr, "Dani" },
    { "Nicole", nullptr, "Nikki" }, { "Heather" }, { "Kimberly", nullptr, "Kim" },
    { "Elizabeth", nullptr, "Liz" }, { "Jordan" }, { "Taylor" }, { "Casey" }, { "Morgan" } };
constexpr GivenName usMale[] = { { "Michael", nullptr, "Mike" },
    { "Christopher", nullptr, "Chris" }, { "Matthew", nullptr, "Matt" },
    { "Joshua", nullptr, "Josh" }, { "David", nullptr, "Dave" }, { "James", nullptr, "Jim" },
    { "Daniel", nullptr, "Danny" }, { "Ryan" }, { "Tyler" }, { "Brandon" }, { "Justin" },
    { "Kevin" }, { "Jason" }, { "Robert", nullptr, "Bobby" }, { "William", nullptr, "Will" },
    { "Anthony", nullptr, "Tony" }, { "Jordan" }, { "Riley" }, { "Cody" }, { "Dustin" } };
constexpr const char* usFamily[] = { "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller",
    "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Thompson", "White",
    "Harris", "Clark", "Lewis", "Walker", "Hall", "Young", "Allen", "King", "Wright", "Scott",
    "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Carter", "Roberts",
    "Parker", "Evans", "Turner", "Collins", "Stewart", "Morris", "Reed", "Cook", "Bell", "Cooper",
    "Ward", "Cox", "Howard", "Peterson", "Gray", "Hughes", "Price", "Sanders", "Myers", "Long",
    "Foster", "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Fisher", "Hayes", "Myles",
    "Hoffman", "Schmidt", "Weber", "Becker", "Jensen", "Larson", "Olson", "Lindqvist" };

constexpr GivenName blackFemale[]
    = { { "Aaliyah" }, { "Imani" }, { "Ebony" }, { "Jasmine", nullptr, "Jazz" }, { "Keisha" },
          { "Tiana" }, { "Shanice" }, { "Destiny" }, { "Monique" }, { "Latoya" } };
constexpr GivenName blackMale[] = { { "DeShawn" }, { "Jamal" }, { "Malik" }, { "Terrell" },
    { "Darnell" }, { "Marcus" }, { "Andre" }, { "Tyrone" }, { "Jalen" }, { "Isaiah" } };
constexpr const char* blackFamily[]
    = { "Washington", "Jefferson", "Jackson", "Robinson", "Coleman", "Brooks", "Banks", "Freeman",
          "Mosley", "Gaines", "Dorsey", "Holloway", "Battle", "Merriweather" };

constexpr GivenName irishFemale[] = { { "Siobhan" }, { "Aoife" }, { "Niamh" }, { "Maeve" },
    { "Bridget" }, { "Caoimhe" }, { "Órla" }, { "Saoirse" } };
constexpr GivenName irishMale[] = { { "Sean" }, { "Patrick", nullptr, "Pat" }, { "Liam" },
    { "Declan" }, { "Cormac" }, { "Ciarán" }, { "Eoin" }, { "Colm" } };
constexpr const char* irishFamily[]
    = { "O'Brien", "O'Connor", "O'Neill", "O'Sullivan", "O'Malley", "McCarthy", "Murphy", "Kelly",
          "Byrne", "Gallagher", "Doyle", "D'Arcy", "MacNamara", "Ó Briain" };

constexpr GivenName hispanicFemale[]
    = { { "María José" }, { "Guadalupe", nullptr, "Lupe" }, { "Sofía" }, { "Valeria" },
          { "Ximena" }, { "Lucía" }, { "Ana Isabel" }, { "Yesenia" }, { "Marisol" }, { "Itzel" } };
constexpr GivenName hispanicMale[] = { { "José Luis" }, { "Juan Carlos" },
    { "Alejandro", nullptr, "Álex" }, { "Miguel Ángel" }, { "Jesús", nullptr, "Chuy" }, { "Diego" },
    { "Mateo" }, { "Francisco", nullptr, "Paco" }, { "Héctor" }, { "Rubén" } };
constexpr const char* hispanicFamily[] = { "García", "Rodríguez", "Martínez", "Hernández", "López",
    "González", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz",
    "Núñez", "Peña", "Ortiz", "Castillo", "De la Cruz", "Vargas-Ruiz" };

constexpr GivenName westAfricanFemale[] = { { "Chiamaka", nullptr, "Amaka" }, { "Ngozi" },
    { "Adaeze" }, { "Aminata" }, { "Fatoumata" }, { "Abena" }, { "Folake" } };
constexpr GivenName westAfricanMale[]
    = { { "Chukwuemeka", nullptr, "Emeka" }, { "Oluwaseun", nullptr, "Seun" }, { "Kwame" },
          { "Kofi" }, { "Mamadou" }, { "Babatunde", nullptr, "Tunde" }, { "Ousmane" } };
constexpr const char* westAfricanFamily[] = { "Okafor", "Adeyemi", "Okonkwo", "Mensah", "Diallo",
    "N'Diaye", "Traoré", "Bangura", "Asante", "Oyelaran" };

constexpr GivenName ethiopianFemale[]
    = { { "Tigist", "ትዕግስት" }, { "Meron", "ሜሮን" }, { "Selam" }, { "Hanna" } };
constexpr GivenName ethiopianMale[]
    = { { "Dawit", "ዳዊት" }, { "Abebe", "አበበ" }, { "Yonas" }, { "Tesfaye" } };
constexpr const char* ethiopianFamily[]
    = { "Tesfaye", "Bekele", "Haile", "Girma", "Alemu", "Wolde" };

constexpr GivenName chineseFemale[] = { { "Mei", "美" }, { "Xiu Ying", "秀英" },
    { "Li Na", "丽娜" }, { "Jing", "静" }, { "Yan", "燕" } };
constexpr GivenName chineseMale[]
    = { { "Wei", "伟" }, { "Jun", "军" }, { "Hao", "浩" }, { "Lei", "磊" }, { "Qiang", "强" } };
constexpr const char* chineseFamily[]
    = { "Zhang", "Wang", "Li", "Chen", "Liu", "Huang", "Zhao", "Wu", "Zhou", "Lin" };

constexpr GivenName japaneseFemale[]
    = { { "Yuki", "由紀" }, { "Sakura", "さくら" }, { "Aiko", "愛子" }, { "Haruka" } };
constexpr GivenName japaneseMale[]
    = { { "Haruto", "陽翔" }, { "Kenji", "健二" }, { "Hiroshi", "博" }, { "Takumi" } };
constexpr const char* japaneseFamily[]
    = { "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Yamamoto", "Nakamura" };

constexpr GivenName koreanFemale[]
    = { { "Seo-yeon", "서연" }, { "Ji-woo", "지우" }, { "Min-ji", "민지" }, { "Soo-ah" } };
constexpr GivenName koreanMale[]
    = { { "Min-jun", "민준" }, { "Hyun-woo", "현우" }, { "Ji-hoon", "지훈" }, { "Dong-hyun" } };
constexpr const char* koreanFamily[] = { "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho" };

constexpr GivenName vietnameseFemale[]
    = { { "Thảo" }, { "Linh" }, { "Ngọc Anh" }, { "Hương" }, { "Mai" } };
constexpr GivenName vietnameseMale[]
    = { { "Minh" }, { "Huy" }, { "Tuấn" }, { "Quang" }, { "Đức" } };
constexpr const char* vietnameseFamily[]
    = { "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng" };

constexpr GivenName southAsianFemale[]
    = { { "Priya", "प्रिया" }, { "Ananya", "अनन्या" }, { "Deepa" }, { "Kavya" }, { "Sunita" } };
constexpr GivenName southAsianMale[] = { { "Arjun", "अर्जुन" }, { "Rahul", "राहुल" },
    { "Vikram", nullptr, "Vik" }, { "Sanjay" }, { "Imran" } };
constexpr const char* southAsianFamily[]
    = { "Patel", "Sharma", "Singh", "Gupta", "Reddy", "Iyer", "Chaudhry", "Khan" };

constexpr GivenName arabicFemale[]
    = { { "Layla", "ليلى" }, { "Fatima", "فاطمة" }, { "Noor", "نور" }, { "Mariam" }, { "Yasmin" } };
constexpr GivenName arabicMale[]
    = { { "Omar", "عمر" }, { "Ahmed", "أحمد" }, { "Youssef", "يوسف" }, { "Khalid" }, { "Karim" } };
constexpr const char* arabicFamily[]
    = { "Haddad", "Khoury", "Nasser", "Al-Sayed", "Mansour", "Saleh", "Abboud" };

constexpr GivenName hebrewFemale[] = { { "Yael", "יעל" }, { "Noa", "נועה" }, { "Tamar" } };
constexpr GivenName hebrewMale[] = { { "Avi", "אבי" }, { "Eitan" }, { "Noam" } };
constexpr const char* hebrewFamily[] = { "Cohen", "Levi", "Mizrahi", "Friedman", "Katz" };

constexpr GivenName slavicFemale[]
    = { { "Olga", "Ольга" }, { "Natalia", "Наталья" }, { "Anya", "Аня" }, { "Oksana", "Оксана" } };
constexpr GivenName slavicMale[]
    = { { "Dmitri", "Дмитрий" }, { "Sergei", "Сергей" }, { "Andriy", "Андрій" }, { "Pavel" } };
constexpr const char* slavicFamily[]
    = { "Ivanov", "Petrov", "Volkov", "Sokolov", "Kovalenko", "Shevchenko" };
constexpr const char* slavicFamilyFemale[]
    = { "Ivanova", "Petrova", "Volkova", "Sokolova", "Kovalenko", "Shevchenko" };

constexpr GivenName greekFemale[] = { { "Sofia", "Σοφία" }, { "Eleni", "Ελένη" }, { "Katerina" } };
constexpr GivenName greekMale[] = { { "Nikos", "Νίκος" }, { "Giorgos", "Γιώργος" }, { "Kostas" } };
constexpr const char* greekFamily[] = { "Papadopoulos", "Georgiou", "Nikolaidis", "Konstantinou" };
constexpr const char* greekFamilyFemale[]
    = { "Papadopoulou", "Georgiou", "Nikolaidou", "Konstantinou" };

constexpr GivenName europeanFemale[] = { { "Zoë" }, { "Chloé" }, { "Renée" }, { "Ingrid" },
    { "Åsa" }, { "Małgorzata", nullptr, "Gosia" } };
constexpr GivenName europeanMale[]
    = { { "Jürgen" }, { "Søren" }, { "François" }, { "Björn" }, { "Łukasz" }, { "Joël" } };
constexpr const char* europeanFamily[] = { "Müller", "Schröder", "Dubois", "Lefèvre", "Johansson",
    "Nørgaard", "van der Berg", "Wiśniewski", "Østergaard", "Da Silva" };

constexpr NameGroup groups[] = {
    { 38, usFemale, usMale, usFamily, {} },
    { 12, blackFemale, blackMale, blackFamily, {} },
    { 5, irishFemale, irishMale, irishFamily, {} },
    { 17, hispanicFemale, hispanicMale, hispanicFamily, {} },
    { 3, westAfricanFemale, westAfricanMale, westAfricanFamily, {} },
    { 1, ethiopianFemale, ethiopianMale, ethiopianFamily, {} },
    { 3, chineseFemale, chineseMale, chineseFamily, {} },
    { 1, japaneseFemale, japaneseMale, japaneseFamily, {} },
    { 2, koreanFemale, koreanMale, koreanFamily, {} },
    { 2, vietnameseFemale, vietnameseMale, vietnameseFamily, {} },
    { 3, southAsianFemale, southAsianMale, southAsianFamily, {} },
    { 2, arabicFemale, arabicMale, arabicFamily, {} },
    { 1, hebrewFemale, hebrewMale, hebrewFamily, {} },
    { 2, slavicFemale, slavicMale, slavicFamily, slavicFamilyFemale },
    { 1, greekFemale, greekMale, greekFamily, greekFamilyFemale },
    { 3, europeanFemale, europeanMale, europeanFamily, {} },
};

// ICD-10-CM (CMS FY2024 tabular list). DSM-5-TR maps a mild use disorder to F1x.10 and a
// moderate or severe one to F1x.20; depression codes carry their severity in the code.
constexpr DiagnosisCode sudCodes[] = {
    { "F10.20", "Alcohol dependence, uncomplicated", "alcohol", Severity::Moderate,
        Severity::Severe, 30 },
    { "F10.10", "Alcohol abuse, uncomplicated", "alcohol", Severity::Mild, Severity::Mild, 5 },
    { "F11.20", "Opioid dependence, uncomplicated", "opioid", Severity::Severe, Severity::Moderate,
        22 },
    { "F11.10", "Opioid abuse, uncomplicated", "opioid", Severity::Mild, Severity::Mild, 2 },
    { "F15.20", "Other stimulant dependence, uncomplicated", "stimulant", Severity::Severe,
        Severity::Moderate, 12 },
    { "F14.20", "Cocaine dependence, uncomplicated", "cocaine", Severity::Moderate,
        Severity::Severe, 8 },
    { "F12.20", "Cannabis dependence, uncomplicated", "cannabis", Severity::Moderate,
        Severity::Severe, 10 },
    { "F12.10", "Cannabis abuse, uncomplicated", "cannabis", Severity::Mild, Severity::Mild, 3 },
    { "F13.20", "Sedative, hypnotic or anxiolytic dependence, uncomplicated", "sedative",
        Severity::Moderate, Severity::Severe, 4 },
    { "F10.21", "Alcohol dependence, in remission", "alcohol", Severity::Moderate, Severity::Severe,
        2 },
    { "F11.21", "Opioid dependence, in remission", "opioid", Severity::Severe, Severity::Moderate,
        2 },
};

constexpr DiagnosisCode mhCodes[] = {
    { "F33.1", "Major depressive disorder, recurrent, moderate", "depression", Severity::Moderate,
        Severity::Moderate, 20 },
    { "F32.1", "Major depressive disorder, single episode, moderate", "depression",
        Severity::Moderate, Severity::Moderate, 12 },
    { "F33.2", "Major depressive disorder, recurrent severe without psychotic features",
        "depression", Severity::Severe, Severity::Severe, 8 },
    { "F32.2", "Major depressive disorder, single episode, severe without psychotic features",
        "depression", Severity::Severe, Severity::Severe, 4 },
    { "F41.1", "Generalized anxiety disorder", "anxiety", Severity::Unspecified,
        Severity::Unspecified, 18 },
    { "F41.0", "Panic disorder [episodic paroxysmal anxiety]", "panic", Severity::Unspecified,
        Severity::Unspecified, 5 },
    { "F43.10", "Post-traumatic stress disorder, unspecified", "ptsd", Severity::Unspecified,
        Severity::Unspecified, 12 },
    { "F43.12", "Post-traumatic stress disorder, chronic", "ptsd", Severity::Unspecified,
        Severity::Unspecified, 5 },
    { "F31.81", "Bipolar II disorder", "bipolar", Severity::Unspecified, Severity::Unspecified, 6 },
    { "F43.23", "Adjustment disorder with mixed anxiety and depressed mood", "adjustment",
        Severity::Unspecified, Severity::Unspecified, 5 },
    { "F90.0", "Attention-deficit hyperactivity disorder, predominantly inattentive type", "adhd",
        Severity::Unspecified, Severity::Unspecified, 3 },
    { "F60.3", "Borderline personality disorder", "personality", Severity::Unspecified,
        Severity::Unspecified, 3 },
};

constexpr DiagnosisCode nicotine = { "F17.210", "Nicotine dependence, cigarettes, uncomplicated",
    "nicotine", Severity::Moderate, Severity::Mild, 1 };

constexpr const char* streetNames[] = { "Alder", "Birch", "Cedar", "Division", "Elm", "Fremont",
    "Glisan", "Hawthorne", "Juniper", "Killingsworth", "Lombard", "Maple", "Oak", "Powell",
    "Quimby", "Rosa Parks", "Sandy", "Tillamook", "Umatilla", "Vancouver", "Willamette", "Yamhill",
    "Belmont", "Clinton", "Mississippi", "Alberta", "Holgate", "Foster" };
constexpr const char* streetKindNames[]
    = { "Street", "Avenue", "Boulevard", "Court", "Way", "Place", "Drive" };
constexpr const char* townNames[] = { "Portland, OR 97214", "Portland, OR 97217",
    "Portland, OR 97266", "Gresham, OR 97030", "Beaverton, OR 97005", "Hillsboro, OR 97123",
    "Milwaukie, OR 97222", "Tigard, OR 97223", "Vancouver, WA 98660", "Oregon City, OR 97045",
    "Salem, OR 97301", "Troutdale, OR 97060" };
constexpr const char* areaCodeNames[] = { "503", "971", "360", "541" };

constexpr const char* referralNames[] = { "Self-referral", "Primary care physician",
    "Emergency department", "Inpatient detox unit", "Residential treatment (step-down)",
    "Drug court", "Probation officer", "Employee assistance program", "Family member",
    "Psychiatrist", "Community mental health center", "Hospital social worker" };
constexpr const char* relationshipNames[] = { "Mother", "Father", "Spouse", "Partner", "Sister",
    "Brother", "Friend", "Daughter", "Son", "Aunt", "Grandmother", "Sponsor", "Roommate" };

constexpr const char* admissionNames[] = { "Admitted after intake assessment (ASAM 2.1)",
    "Admitted on referral after detox", "Admitted after intake assessment; co-occurring track",
    "Stepped down from residential treatment" };
constexpr const char* readmissionNames[]
    = { "Readmitted after return to use", "Readmitted after a relapse of depressive symptoms",
          "Readmitted at own request", "Readmitted on court referral" };
constexpr const char* stepDownNames[]
    = { "Met intensive-phase goals; treatment team approved step-down",
          "Consistent attendance and negative screens for four weeks",
          "Stable mood and coping plan in place; stepping down",
          "Reassessed: step-down appropriate" };
constexpr const char* aftercareNames[] = { "Completed step-down goals; moving to aftercare",
    "Stable in step-down; continuing in the aftercare group",
    "Returned to work; weekly aftercare fits schedule" };
constexpr const char* setbackNames[] = { "Return to use; back to intensive for more structure",
    "Worsening depressive symptoms; more structure needed",
    "Missed sessions after a housing crisis; team recommends intensive",
    "Reassessed after a lapse: intensive level of care" };
constexpr const char* completionNames[]
    = { "Completed program", "Completed program; continuing with outpatient therapist",
          "Completed program; connected to peer recovery community" };
constexpr const char* earlyNames[]
    = { "Stopped attending; unable to reach", "Left against clinical advice", "Moved out of area",
          "Transferred to residential treatment", "Referred to partial hospitalization",
          "Insurance authorization ended", "Incarcerated; discharged administratively" };

} // namespace

std::span<const NameGroup> nameGroups()
{
    return groups;
}
std::span<const DiagnosisCode> substanceUseCodes()
{
    return sudCodes;
}
std::span<const DiagnosisCode> mentalHealthCodes()
{
    return mhCodes;
}
const DiagnosisCode& nicotineCode()
{
    return nicotine;
}

std::span<const char* const> streets()
{
    return streetNames;
}
std::span<const char* const> streetKinds()
{
    return streetKindNames;
}
std::span<const char* const> towns()
{
    return townNames;
}
std::span<const char* const> areaCodes()
{
    return areaCodeNames;
}
std::span<const char* const> referralSources()
{
    return referralNames;
}
std::span<const char* const> relationships()
{
    return relationshipNames;
}

std::span<const char* const> admissionReasons()
{
    return admissionNames;
}
std::span<const char* const> readmissionReasons()
{
    return readmissionNames;
}
std::span<const char* const> stepDownReasons()
{
    return stepDownNames;
}
std::span<const char* const> aftercareReasons()
{
    return aftercareNames;
}
std::span<const char* const> setbackReasons()
{
    return setbackNames;
}
std::span<const char* const> completionReasons()
{
    return completionNames;
}
std::span<const char* const> earlyDischargeReasons()
{
    return earlyNames;
}

} // namespace stepwise::demo
