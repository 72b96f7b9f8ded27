// SPDX-License-Identifier: GPL-3.0-or-later
#include "Toxicology.h"

#include "Analyte.h"

#include <QCoreApplication>
#include <QLocale>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::ToxicologyRules", text);
}

bool sameAnalyte(const QString& a, const QString& b)
{
    return Analytes::normalize(a).compare(Analytes::normalize(b), Qt::CaseInsensitive) == 0;
}

bool lists(const Medication& m, const QString& analyte)
{
    for (const QString& a : m.analytes) {
        if (sameAnalyte(a, analyte))
            return true;
    }
    return false;
}

QString labelsOf(const QStringList& analytes)
{
    QStringList labels;
    for (const QString& a : analytes)
        labels.append(Analytes::label(a));
    return labels.join(QStringLiteral(", "));
}

} // namespace

QString storageKey(ToxResultValue v)
{
    switch (v) {
    case ToxResultValue::Negative:
        return QStringLiteral("negative");
    case ToxResultValue::Positive:
        return QStringLiteral("positive");
    case ToxResultValue::Dilute:
        return QStringLiteral("dilute");
    case ToxResultValue::Invalid:
        return QStringLiteral("invalid");
    }
    return {};
}

QString label(ToxResultValue v)
{
    switch (v) {
    case ToxResultValue::Negative:
        return tr("Negative");
    case ToxResultValue::Positive:
        return tr("Positive");
    case ToxResultValue::Dilute:
        return tr("Dilute");
    case ToxResultValue::Invalid:
        return tr("Invalid");
    }
    return {};
}

std::optional<ToxResultValue> parseToxResultValue(const QString& text)
{
    const QString t = text.trimmed();
    for (ToxResultValue v : allToxResultValues) {
        if (t.compare(storageKey(v), Qt::CaseInsensitive) == 0
            || t.compare(label(v), Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

QString storageKey(Specimen v)
{
    switch (v) {
    case Specimen::Urine:
        return QStringLiteral("urine");
    case Specimen::OralFluid:
        return QStringLiteral("oral_fluid");
    case Specimen::Breath:
        return QStringLiteral("breath");
    case Specimen::Blood:
        return QStringLiteral("blood");
    case Specimen::Other:
        return QStringLiteral("other");
    }
    return {};
}

QString label(Specimen v)
{
    switch (v) {
    case Specimen::Urine:
        return tr("Urine");
    case Specimen::OralFluid:
        return tr("Oral fluid");
    case Specimen::Breath:
        return tr("Breath");
    case Specimen::Blood:
        return tr("Blood");
    case Specimen::Other:
        return tr("Other");
    }
    return {};
}

std::optional<Specimen> parseSpecimen(const QString& text)
{
    const QString t = text.trimmed();
    for (Specimen v : allSpecimens) {
        if (t.compare(storageKey(v), Qt::CaseInsensitive) == 0
            || t.compare(label(v), Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

const ToxResult* ToxScreen::result(const QString& analyte) const
{
    for (const ToxResult& r : results) {
        if (sameAnalyte(r.analyte, analyte))
            return &r;
    }
    return nullptr;
}

namespace ToxicologyRules {

QString resultField(int index, const char* part)
{
    return QStringLiteral("%1.%2.%3")
        .arg(QLatin1String(Results))
        .arg(index)
        .arg(QLatin1String(part));
}

QList<FieldError> validate(const ToxScreenInput& input, const QDate& today)
{
    QList<FieldError> problems;
    if (!input.collectedOn.isValid())
        problems.append(
            { QLatin1String(CollectedOn), tr("Enter the date the specimen was collected.") });
    else if (input.collectedOn > today)
        problems.append(
            { QLatin1String(CollectedOn), tr("The collection date cannot be in the future.") });
    if (input.results.isEmpty())
        problems.append({ QLatin1String(Results), tr("Enter at least one result.") });
    QStringList seen;
    for (int i = 0; i < input.results.size(); ++i) {
        const ToxResult& r = input.results.at(i);
        const QString key = Analytes::normalize(r.analyte);
        if (key.isEmpty()) {
            problems.append(
                { resultField(i, "analyte"), tr("Name the substance this result is for.") });
        } else if (seen.contains(key, Qt::CaseInsensitive)) {
            problems.append({ resultField(i, "analyte"),
                tr("%1 is listed twice: give one result per substance.")
                    .arg(Analytes::label(key)) });
        }
        seen.append(key);
        if (Analytes::isSpecimenCheck(key) && r.result == ToxResultValue::Positive)
            problems.append({ resultField(i, "result"),
                tr("Specimen validity is normal (negative), dilute or invalid.") });
        if (r.expected && r.result != ToxResultValue::Positive)
            problems.append({ resultField(i, "expected"),
                tr("Only a positive result can be marked expected.") });
        else if (r.expected && r.expectedReason.trimmed().isEmpty())
            problems.append({ resultField(i, "expected_reason"),
                tr("Say why this positive result is expected (the prescription or other "
                   "explanation).") });
    }
    return problems;
}

QString expectedReason(const Medication& m)
{
    return tr("prescribed %1 since %2")
        .arg(MedicationRules::describe(m.name), m.startDate.toString(Qt::ISODate));
}

QList<ToxResult> markExpected(
    QList<ToxResult> results, const QList<Medication>& medications, const QDate& collectedOn)
{
    for (ToxResult& r : results) {
        if (r.result != ToxResultValue::Positive) {
            r.expected = false;
            r.expectedReason.clear();
            continue;
        }
        if (r.expected && !r.expectedReason.trimmed().isEmpty())
            continue; // the clinician's own reason stands
        QStringList reasons;
        for (const Medication& m : medications) {
            if (m.isActiveOn(collectedOn) && lists(m, r.analyte))
                reasons.append(expectedReason(m));
        }
        r.expected = !reasons.isEmpty();
        r.expectedReason = reasons.join(QStringLiteral("; "));
    }
    return results;
}

// Why a negative buprenorphine or methadone result on maintenance is a finding: SAMHSA TIP 63
// (2021) and the ASAM consensus statement "Appropriate Use of Drug Testing in Clinical Addiction
// Medicine" (2017) both describe testing for the prescribed medication itself, and treat its
// absence as a reason to talk with the patient about missed doses or diversion, not as proof of
// either (a dilute specimen, timing or the assay can explain it). So it is a finding for the
// clinician, never a sanction.
ToxSummary summarize(const ToxScreen& screen, const QList<Medication>& medications)
{
    using Kind = ToxFinding::Kind;
    ToxSummary s;
    bool allNegative = !screen.results.isEmpty();
    for (const ToxResult& r : screen.results) {
        switch (r.result) {
        case ToxResultValue::Positive:
            (r.expected ? s.expectedPositives : s.unexpectedPositives).append(r.analyte);
            allNegative = false;
            break;
        case ToxResultValue::Dilute:
            s.dilute.append(r.analyte);
            allNegative = false;
            break;
        case ToxResultValue::Invalid:
            s.invalid.append(r.analyte);
            allNegative = false;
            break;
        case ToxResultValue::Negative:
            break;
        }
    }
    for (const Medication& m : medications) {
        if (!m.isActiveOn(screen.collectedOn))
            continue;
        bool anyPositive = false;
        for (const QString& a : m.analytes) {
            const ToxResult* r = screen.result(a);
            anyPositive = anyPositive || (r && r->result == ToxResultValue::Positive);
        }
        if (anyPositive)
            continue;
        for (const QString& a : m.analytes) {
            const ToxResult* r = screen.result(a);
            const QString key = Analytes::normalize(a);
            if (Analytes::isAdherenceMarker(key) && r && r->result == ToxResultValue::Negative
                && !s.missingExpected.contains(key))
                s.missingExpected.append(key);
        }
    }
    s.allNegative = allNegative;

    for (const QString& a : s.unexpectedPositives)
        s.findings.append(
            { Kind::UnexpectedPositive, a, tr("Unexpected positive: %1").arg(Analytes::label(a)) });
    for (const ToxResult& r : screen.results) {
        if (r.result == ToxResultValue::Positive && r.expected)
            s.findings.append({ Kind::ExpectedPositive, r.analyte,
                tr("Expected positive: %1 (%2)")
                    .arg(Analytes::label(r.analyte), r.expectedReason) });
    }
    if (!s.dilute.isEmpty())
        s.findings.append({ Kind::SpecimenProblem, s.dilute.first(),
            tr("Dilute specimen (%1): recollect").arg(labelsOf(s.dilute)) });
    if (!s.invalid.isEmpty())
        s.findings.append({ Kind::SpecimenProblem, s.invalid.first(),
            tr("Invalid result (%1): recollect").arg(labelsOf(s.invalid)) });
    for (const QString& a : s.missingExpected)
        s.findings.append({ Kind::MissingExpected, a,
            tr("%1 is prescribed but the screen is negative for it: ask about missed doses")
                .arg(Analytes::label(a)) });
    if (s.allNegative)
        s.findings.append({ Kind::AllNegative, {}, tr("All results negative") });
    return s;
}

} // namespace ToxicologyRules
} // namespace stepwise
