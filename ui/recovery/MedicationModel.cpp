// SPDX-License-Identifier: GPL-3.0-or-later
#include "MedicationModel.h"

#include "common/Format.h"
#include "recovery/Analyte.h"

namespace stepwise {

int MedicationModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MedicationModel::analytesText(const QStringList& analytes)
{
    QStringList codes;
    for (const QString& a : analytes) {
        const QString code = Analytes::code(a);
        codes.append(code.isEmpty() ? a : code);
    }
    return codes.join(QStringLiteral(", "));
}

QVariant MedicationModel::data(const QModelIndex& index, int role) const
{
    const Medication* m = rowAt(index);
    if (!m)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return m->name;
        case Analytes:
            return m->analytes.isEmpty() ? tr("none") : analytesText(m->analytes);
        case Prescriber:
            return m->prescriber;
        case From:
            return Format::date(m->startDate);
        case To:
            return m->isCurrent() ? tr("current") : Format::date(m->endDate);
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Analytes) {
            QStringList labels;
            for (const QString& a : m->analytes)
                labels.append(Analytes::label(a));
            return labels.join(QLatin1Char('\n'));
        }
        if (!m->note.isEmpty())
            return m->note;
    }
    if (role == Qt::UserRole)
        return QVariant::fromValue<Id>(m->id);
    return {};
}

QVariant MedicationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Medication");
    case Analytes:
        return tr("Expected positive");
    case Prescriber:
        return tr("Prescriber");
    case From:
        return tr("From");
    case To:
        return tr("To");
    }
    return {};
}

} // namespace stepwise
