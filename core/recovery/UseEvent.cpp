// SPDX-License-Identifier: GPL-3.0-or-later
#include "UseEvent.h"

#include "Analyte.h"

#include <QCoreApplication>

namespace stepwise {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::UseEventRules", text);
}

} // namespace

QString storageKey(UseSource v)
{
    switch (v) {
    case UseSource::SelfReport:
        return QStringLiteral("self_report");
    case UseSource::Collateral:
        return QStringLiteral("collateral");
    case UseSource::Observed:
        return QStringLiteral("observed");
    case UseSource::Toxicology:
        return QStringLiteral("toxicology");
    }
    return {};
}

QString label(UseSource v)
{
    switch (v) {
    case UseSource::SelfReport:
        return tr("Self-report");
    case UseSource::Collateral:
        return tr("Collateral report");
    case UseSource::Observed:
        return tr("Observed by staff");
    case UseSource::Toxicology:
        return tr("Toxicology");
    }
    return {};
}

std::optional<UseSource> parseUseSource(const QString& text)
{
    const QString t = text.trimmed();
    for (UseSource v : allUseSources) {
        if (t.compare(storageKey(v), Qt::CaseInsensitive) == 0
            || t.compare(label(v), Qt::CaseInsensitive) == 0)
            return v;
    }
    return std::nullopt;
}

QString UseEvent::substanceLabel() const
{
    return Analytes::label(substance);
}

namespace UseEventRules {

QList<FieldError> validate(const UseEventInput& input, const QDate& today)
{
    QList<FieldError> problems;
    if (!input.occurredOn.isValid())
        problems.append({ QLatin1String(OccurredOn), tr("Enter the date of the use.") });
    else if (input.occurredOn > today)
        problems.append({ QLatin1String(OccurredOn), tr("The date cannot be in the future.") });
    if (Analytes::normalize(input.substance).isEmpty())
        problems.append({ QLatin1String(Substance), tr("Name the substance used.") });
    return problems;
}

} // namespace UseEventRules
} // namespace stepwise
