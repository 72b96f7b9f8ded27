// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenModel.h"

#include "common/Format.h"
#include "recovery/Analyte.h"

#include <QColor>

namespace stepwise {

void ScreenModel::setScreens(QList<ToxScreen> screens, QList<Medication> medications)
{
    m_medications = std::move(medications);
    setRows(std::move(screens));
}

int ScreenModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ScreenModel::resultsText(const ToxScreen& screen)
{
    QStringList unexpected;
    QStringList expected;
    QStringList specimen;
    int negative = 0;
    for (const ToxResult& r : screen.results) {
        const QString name = Analytes::label(r.analyte);
        switch (r.result) {
        case ToxResultValue::Positive:
            if (r.expected)
                expected.append(tr("%1 positive, expected: %2").arg(name, r.expectedReason));
            else
                unexpected.append(tr("%1 positive").arg(name));
            break;
        case ToxResultValue::Dilute:
        case ToxResultValue::Invalid:
            specimen.append(tr("%1 %2").arg(name, label(r.result).toLower()));
            break;
        case ToxResultValue::Negative:
            ++negative;
            break;
        }
    }
    QStringList parts = unexpected + expected + specimen;
    if (negative > 0)
        parts.append(negative == screen.results.size() ? tr("all %n negative", nullptr, negative)
                                                       : tr("%n negative", nullptr, negative));
    return parts.join(QStringLiteral("; "));
}

QString ScreenModel::findingsText(const ToxScreen& screen) const
{
    QStringList texts;
    for (const ToxFinding& f : ToxicologyRules::summarize(screen, m_medications).findings) {
        // The expected positives are already spelled out, with their reasons, under Results.
        if (f.kind != ToxFinding::Kind::ExpectedPositive)
            texts.append(f.text);
    }
    return texts.join(QStringLiteral("; "));
}

QVariant ScreenModel::data(const QModelIndex& index, int role) const
{
    const ToxScreen* s = rowAt(index);
    if (!s)
        return {};
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Date: {
            QString text = Format::date(s->collectedOn);
            if (s->versionNumber > 1)
                text += QLatin1Char(' ') + tr("(corrected)");
            return text;
        }
        case Observed:
            return s->observed ? tr("Observed") : tr("Not observed");
        case Specimen:
            return label(s->specimen);
        case Panel:
            return Analytes::panelLabel(s->panel);
        case Results:
            return resultsText(*s);
        case Findings:
            return findingsText(*s);
        }
    }
    // Red where something needs the clinician: an unexpected positive, or a missed medication.
    if (role == Qt::ForegroundRole && (index.column() == Results || index.column() == Findings)) {
        const ToxSummary summary = ToxicologyRules::summarize(*s, m_medications);
        const bool alarm = index.column() == Results
            ? !summary.unexpectedPositives.isEmpty()
            : !summary.unexpectedPositives.isEmpty() || !summary.missingExpected.isEmpty();
        if (alarm)
            return QColor(0xb0, 0x00, 0x20);
    }
    if (role == Qt::UserRole)
        return QVariant::fromValue<Id>(s->id);
    return {};
}

QVariant ScreenModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Date:
        return tr("Collected");
    case Observed:
        return tr("Collection");
    case Specimen:
        return tr("Specimen");
    case Panel:
        return tr("Panel");
    case Results:
        return tr("Results");
    case Findings:
        return tr("Findings");
    }
    return {};
}

} // namespace stepwise
