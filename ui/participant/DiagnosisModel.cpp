// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosisModel.h"

#include <QFont>

namespace stepwise {

DiagnosisModel::DiagnosisModel(QObject* parent)
    : RowTableModel(parent)
{ }

int DiagnosisModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DiagnosisModel::data(const QModelIndex& index, int role) const
{
    const Diagnosis* d = rowAt(index);
    if (!d)
        return {};
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::AccessibleTextRole) {
        switch (column) {
        case Code:
            return d->icd10Code;
        case Description:
            return d->description;
        case Severity:
            return role == Qt::EditRole ? QVariant(int(d->severity)) : QVariant(label(d->severity));
        }
    }
    if (role == Qt::FontRole && index.row() == 0 && !m_editable) {
        // The first diagnosis is the primary one.
        QFont font;
        font.setBold(true);
        return font;
    }
    return {};
}

QVariant DiagnosisModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section == 0 ? tr("Primary") : QString::number(section + 1);
    switch (section) {
    case Code:
        return tr("ICD-10-CM");
    case Description:
        return tr("Description");
    case Severity:
        return tr("Severity");
    }
    return {};
}

Qt::ItemFlags DiagnosisModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_editable && index.isValid())
        f |= Qt::ItemIsEditable;
    return f;
}

bool DiagnosisModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!m_editable || role != Qt::EditRole || !rowAt(index))
        return false;
    Diagnosis& d = m_rows[index.row()];
    switch (index.column()) {
    case Code:
        d.icd10Code = value.toString();
        break;
    case Description:
        d.description = value.toString();
        break;
    case Severity: {
        const int severity = value.toInt();
        if (severity < 0 || severity >= int(allValues<stepwise::Severity>().size()))
            return false;
        d.severity = stepwise::Severity(severity);
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole });
    return true;
}

bool DiagnosisModel::insertRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || row > m_rows.size() || count < 1)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    m_rows.insert(row, count, Diagnosis {});
    endInsertRows();
    return true;
}

bool DiagnosisModel::removeRows(int row, int count, const QModelIndex& parent)
{
    if (parent.isValid() || row < 0 || count < 1 || row + count > m_rows.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    return true;
}

QList<Diagnosis> DiagnosisModel::diagnoses() const
{
    QList<Diagnosis> result;
    for (const Diagnosis& d : m_rows) {
        if (!d.icd10Code.trimmed().isEmpty() || !d.description.trimmed().isEmpty())
            result.append(d);
    }
    return result;
}

} // namespace stepwise
