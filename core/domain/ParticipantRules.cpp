// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipantRules.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace stepwise::ParticipantRules {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::ParticipantRules", text);
}

constexpr int MaxNameLength = 100;
constexpr int MaxRecordNumberLength = 40;
constexpr int MaxAgeYears = 120;

bool hasControlCharacters(const QString& s, bool allowNewlines = false)
{
    for (QChar c : s) {
        if (allowNewlines && (c == QLatin1Char('\n')))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

QString collapseSpaces(const QString& s)
{
    return s.simplified();
}

void checkName(QList<FieldError>& errors, const char* field, const QString& value, bool required,
    const QString& what)
{
    if (required && value.isEmpty())
        errors.append({ QLatin1String(field), tr("%1 is required.").arg(what) });
    else if (value.size() > MaxNameLength)
        errors.append({ QLatin1String(field),
            tr("%1 is longer than %2 characters.").arg(what).arg(MaxNameLength) });
    else if (hasControlCharacters(value))
        errors.append({ QLatin1String(field), tr("%1 contains control characters.").arg(what) });
}

} // namespace

bool isIcd10CmCode(const QString& code)
{
    // Category: letter, digit, letter-or-digit; then an optional dot with 1 to 4 characters.
    static const QRegularExpression shape(
        QStringLiteral("^[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?$"));
    return shape.match(code).hasMatch();
}

bool isPlausibleEmail(const QString& email)
{
    // Deliberately loose: one @, something before it, a dotted domain after it, no spaces.
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return shape.match(email).hasMatch();
}

bool isPlausiblePhone(const QString& phone)
{
    static const QRegularExpression allowed(
        QStringLiteral("^\\+?[0-9 ().\\-]+((ext\\.?|x) ?[0-9]+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    int digits = 0;
    for (QChar c : phone)
        digits += c.isDigit() ? 1 : 0;
    return allowed.match(phone).hasMatch() && digits >= 7 && digits <= 20;
}

Participant normalized(Participant p)
{
    p.recordNumber = p.recordNumber.trimmed();
    p.legalFirstName = collapseSpaces(p.legalFirstName);
    p.legalLastName = collapseSpaces(p.legalLastName);
    p.preferredName = collapseSpaces(p.preferredName);
    p.genderIdentity = p.genderIdentity.trimmed();
    p.pronouns = p.pronouns.trimmed();
    p.phone = p.phone.trimmed();
    p.email = p.email.trimmed();
    p.address = p.address.trimmed();
    p.address.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    p.emergencyContact.name = collapseSpaces(p.emergencyContact.name);
    p.emergencyContact.relationship = p.emergencyContact.relationship.trimmed();
    p.emergencyContact.phone = p.emergencyContact.phone.trimmed();
    p.referralSource = p.referralSource.trimmed();
    for (Diagnosis& d : p.diagnoses) {
        d.icd10Code = d.icd10Code.trimmed().toUpper();
        d.description = collapseSpaces(d.description);
    }
    return p;
}

QList<FieldError> validate(const Participant& p, const QDate& today)
{
    QList<FieldError> errors;

    if (p.recordNumber.isEmpty())
        errors.append({ QLatin1String(RecordNumber), tr("Record number is required.") });
    else if (p.recordNumber.size() > MaxRecordNumberLength)
        errors.append({ QLatin1String(RecordNumber),
            tr("Record number is longer than %1 characters.").arg(MaxRecordNumberLength) });
    else if (hasControlCharacters(p.recordNumber) || p.recordNumber.contains(QLatin1Char(' ')))
        errors.append({ QLatin1String(RecordNumber), tr("Record number cannot contain spaces.") });

    checkName(errors, LegalFirstName, p.legalFirstName, true, tr("Legal first name"));
    checkName(errors, LegalLastName, p.legalLastName, true, tr("Legal last name"));
    checkName(errors, "preferred_name", p.preferredName, false, tr("Preferred name"));
    checkName(errors, "emergency_contact_name", p.emergencyContact.name, false,
        tr("Emergency contact name"));

    if (!p.dateOfBirth.isValid())
        errors.append({ QLatin1String(DateOfBirth), tr("Date of birth is required.") });
    else if (p.dateOfBirth > today)
        errors.append({ QLatin1String(DateOfBirth), tr("Date of birth is in the future.") });
    else if (p.dateOfBirth < today.addYears(-MaxAgeYears))
        errors.append({ QLatin1String(DateOfBirth),
            tr("Date of birth is more than %1 years ago.").arg(MaxAgeYears) });

    if (!p.email.isEmpty() && !isPlausibleEmail(p.email))
        errors.append({ QLatin1String(Email),
            tr("Email address is not valid (expected name@example.org).") });
    if (!p.phone.isEmpty() && !isPlausiblePhone(p.phone))
        errors.append({ QLatin1String(Phone),
            tr("Phone number should have 7 to 20 digits and only + ( ) - . spaces.") });
    if (!p.emergencyContact.phone.isEmpty() && !isPlausiblePhone(p.emergencyContact.phone))
        errors.append({ QLatin1String(EmergencyPhone),
            tr("Emergency contact phone should have 7 to 20 digits and only + ( ) - . spaces.") });
    if (hasControlCharacters(p.address, true))
        errors.append({ QStringLiteral("address"), tr("Address contains control characters.") });

    QSet<QString> codes;
    for (qsizetype i = 0; i < p.diagnoses.size(); ++i) {
        const Diagnosis& d = p.diagnoses.at(i);
        const QString row = tr("Diagnosis %1").arg(i + 1);
        if (!isIcd10CmCode(d.icd10Code)) {
            errors.append({ QLatin1String(Diagnoses),
                tr("%1: \"%2\" is not an ICD-10-CM code (expected a form like F10.20).")
                    .arg(row, d.icd10Code) });
        } else if (codes.contains(d.icd10Code)) {
            errors.append(
                { QLatin1String(Diagnoses), tr("%1: %2 is listed twice.").arg(row, d.icd10Code) });
        }
        codes.insert(d.icd10Code);
        if (d.description.isEmpty())
            errors.append(
                { QLatin1String(Diagnoses), tr("%1: a description is required.").arg(row) });
        else if (d.description.size() > 250)
            errors.append({ QLatin1String(Diagnoses),
                tr("%1: the description is longer than 250 characters.").arg(row) });
    }
    return errors;
}

} // namespace stepwise::ParticipantRules
