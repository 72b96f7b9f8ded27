// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPeople.h"

#include "DemoData.h"

namespace stepwise::demo::DemoPeople {

namespace {

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

struct Name
{
    const NameGroup* group = nullptr;
    const GivenName* given = nullptr;
    QString family;
    bool femaleList = false;
};

const NameGroup& pickGroup(DemoRandom& rng)
{
    const auto groups = nameGroups();
    return groups[rng.weightedIndex(groups, [](const NameGroup& g) { return g.weight; })];
}

Name pickName(DemoRandom& rng, const NameGroup& group, bool female)
{
    Name name;
    name.group = &group;
    name.femaleList = female;
    name.given = female ? &rng.pick(group.female) : &rng.pick(group.male);
    const int familyIndex = rng.between(0, int(group.family.size()) - 1);
    // Gendered family names (Petrova / Petrov) are listed in the same order.
    name.family = utf8(female && !group.familyFemale.empty() ? group.familyFemale[familyIndex]
                                                             : group.family[familyIndex]);
    return name;
}

struct Identity
{
    QString gender;
    QString pronouns;
    bool transgender = false;
};

Identity pickIdentity(DemoRandom& rng, SexAtBirth sex)
{
    const bool female = sex == SexAtBirth::Female;
    if (sex == SexAtBirth::Female || sex == SexAtBirth::Male) {
        switch (rng.weighted({ 88, 3, 3, 6 })) {
        case 0:
            return { utf8(female ? "Woman" : "Man"), utf8(female ? "she/her" : "he/him") };
        case 1:
            return { utf8("Non-binary"), utf8("they/them") };
        case 2:
            return { utf8(female ? "Transgender man" : "Transgender woman"),
                utf8(female ? "he/him" : "she/her"), true };
        default:
            return {}; // not recorded
        }
    }
    if (rng.chance(0.5))
        return { utf8("Non-binary"), utf8(rng.chance(0.5) ? "they/them" : "she/they") };
    return {};
}

QDate dateOfBirth(DemoRandom& rng, const QDate& today)
{
    // Adult IOP: mostly 20s to 40s, a tail to the mid 70s.
    // Every draw is its own statement: the order operands of + are evaluated in is unspecified,
    // and a seed must give the same people whatever the compiler.
    int age = 0;
    if (rng.chance(0.06)) {
        age = rng.between(60, 76);
    } else {
        const int a = rng.between(18, 64);
        const int b = rng.between(18, 50);
        age = (a + b) / 2;
    }
    const int days = rng.between(0, 364);
    return today.addYears(-age).addDays(-days);
}

QString address(DemoRandom& rng)
{
    static const char* const prefixes[] = { "", "", "N ", "NE ", "SE ", "SW ", "NW " };
    const int number = rng.between(100, 19999);
    const QString prefix = utf8(rng.pick(prefixes));
    const QString street = utf8(rng.pick(streets()));
    const QString kind = utf8(rng.pick(streetKinds()));
    QString text
        = QString::number(number) + QLatin1Char(' ') + prefix + street + QLatin1Char(' ') + kind;
    if (rng.chance(0.35)) {
        const int apartment = rng.between(1, 40);
        const QChar wing(u'A' + rng.between(0, 3));
        text += QStringLiteral("\nApt ") + QString::number(apartment) + wing;
    }
    return text + QLatin1Char('\n') + utf8(rng.pick(towns()));
}

QString email(DemoRandom& rng, const QString& first, const QString& last)
{
    static const char* const separators[] = { ".", "_", "" };
    QString local = asciiFold(first) + utf8(rng.pick(separators)) + asciiFold(last);
    if (rng.chance(0.4))
        local += QString::number(rng.between(1, 99));
    return local + QStringLiteral("@example.org");
}

EmergencyContact emergencyContact(DemoRandom& rng, const QString& family)
{
    const NameGroup& group = pickGroup(rng);
    const bool female = rng.chance(0.6);
    const Name name = pickName(rng, group, female);
    const QString relationship = utf8(rng.pick(relationships()));
    const bool relative = relationship != QLatin1String("Friend")
        && relationship != QLatin1String("Sponsor") && relationship != QLatin1String("Roommate")
        && relationship != QLatin1String("Partner");
    const bool sameFamilyName = relative && rng.chance(0.7);
    EmergencyContact contact;
    contact.name
        = utf8(name.given->latin) + QLatin1Char(' ') + (sameFamilyName ? family : name.family);
    contact.relationship = relationship;
    contact.phone = phone(rng);
    return contact;
}

} // namespace

QString asciiFold(const QString& text)
{
    QString folded;
    for (QChar c : text.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            folded += c;
        else if (c == u'ø')
            folded += QLatin1Char('o');
        else if (c == u'ł')
            folded += QLatin1Char('l');
        else if (c == u'đ')
            folded += QLatin1Char('d');
    }
    return folded;
}

QString phone(DemoRandom& rng)
{
    const QString area = utf8(rng.pick(areaCodes()));
    const QString line = QStringLiteral("555-01")
        + QString::number(rng.between(0, 99)).rightJustified(2, QLatin1Char('0'));
    if (rng.chance(0.7))
        return area + QLatin1Char('-') + line;
    return QLatin1Char('(') + area + QStringLiteral(") ") + line;
}

QString staffName(DemoRandom& rng)
{
    const NameGroup& group = pickGroup(rng);
    const bool female = rng.chance(0.7);
    const Name name = pickName(rng, group, female);
    return utf8(name.given->latin) + QLatin1Char(' ') + name.family;
}

void fillPerson(Participant& p, DemoRandom& rng, const QDate& today)
{
    static constexpr SexAtBirth sexes[] = { SexAtBirth::Female, SexAtBirth::Male,
        SexAtBirth::Intersex, SexAtBirth::Declined, SexAtBirth::Unknown };
    p.sexAtBirth = sexes[rng.weighted({ 45, 51, 1, 2, 1 })];
    const bool femaleList = p.sexAtBirth == SexAtBirth::Female
        || (p.sexAtBirth != SexAtBirth::Male && rng.chance(0.5));
    const NameGroup& group = pickGroup(rng);
    const Name name = pickName(rng, group, femaleList);
    p.legalFirstName = utf8(name.given->latin);
    p.legalLastName = name.family;

    const Identity identity = pickIdentity(rng, p.sexAtBirth);
    p.genderIdentity = identity.gender;
    p.pronouns = identity.pronouns;
    if (identity.transgender) {
        // The name the person uses may not be on their legal documents yet.
        p.preferredName = utf8((femaleList ? rng.pick(group.male) : rng.pick(group.female)).latin);
    } else if (name.given->native && rng.chance(0.45)) {
        p.preferredName = utf8(name.given->native);
    } else if (name.given->nickname && rng.chance(0.35)) {
        p.preferredName = utf8(name.given->nickname);
    }

    p.dateOfBirth = dateOfBirth(rng, today);
    p.phone = rng.chance(0.93) ? phone(rng) : QString();
    p.email = rng.chance(0.7) ? email(rng, p.legalFirstName, p.legalLastName) : QString();
    p.address = rng.chance(0.9) ? address(rng) : QString();
    if (rng.chance(0.85))
        p.emergencyContact = emergencyContact(rng, p.legalLastName);
}

} // namespace stepwise::demo::DemoPeople
