// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceSheetModel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

namespace stepwise {

namespace {

const QString NotTaken = QStringLiteral("\u2014");

QString minutesText(int minutes)
{
    return minutes > 0 ? QString::number(minutes) : QString();
}

} // namespace

std::optional<AttendanceEntry> AttendanceSheetLine::entry() const
{
    if (!status)
        return std::nullopt;
    AttendanceEntry e;
    e.participantId = participantId;
    e.status = *status;
    e.minutesLate = minutesLate;
    e.minutesLeftEarly = minutesLeftEarly;
    e.dropIn = !expected;
    e.note = note.trimmed();
    return e;
}

bool AttendanceSheetLine::isChanged() const
{
    return entry() != saved;
}

AttendanceSheetModel::AttendanceSheetModel(QObject* parent)
    : RowTableModel(parent)
{ }

void AttendanceSheetModel::setSheet(const AttendanceSheet& sheet)
{
    QList<AttendanceSheetLine> lines;
    for (const AttendanceSheetRow& row : sheet.rows) {
        AttendanceSheetLine line;
        line.participantId = row.participantId;
        line.recordNumber = row.recordNumber;
        line.name = row.name;
        line.expected = row.expected;
        line.saved = row.recorded;
        if (row.recorded) {
            line.status = row.recorded->status;
            line.minutesLate = row.recorded->minutesLate;
            line.minutesLeftEarly = row.recorded->minutesLeftEarly;
            line.note = row.recorded->note;
        }
        lines.append(line);
    }
    setRows(lines);
}

void AttendanceSheetModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    beginResetModel();
    m_readOnly = readOnly;
    endResetModel();
}

int AttendanceSheetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AttendanceSheetModel::data(const QModelIndex& index, int role) const
{
    const AttendanceSheetLine* line = rowAt(index);
    if (!line)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (column) {
        case Participant: {
            const QString who
                = tr("%1 (%2)", "name (record number)").arg(line->name, line->recordNumber);
            return line->expected ? who : tr("%1 \u00B7 drop-in").arg(who);
        }
        case Status:
            return line->status ? label(*line->status) : NotTaken;
        case MinutesLate:
            return minutesText(line->minutesLate);
        case MinutesLeftEarly:
            return minutesText(line->minutesLeftEarly);
        case Note:
            return line->note;
        }
        break;
    case Qt::EditRole:
        switch (column) {
        case Participant:
            return line->name;
        case Status:
            return line->status ? int(*line->status) : -1;
        case MinutesLate:
            return line->minutesLate;
        case MinutesLeftEarly:
            return line->minutesLeftEarly;
        case Note:
            return line->note;
        }
        break;
    case Qt::TextAlignmentRole:
        if (column == MinutesLate || column == MinutesLeftEarly)
            return int(Qt::AlignCenter);
        break;
    case Qt::ForegroundRole:
        if (line->refused)
            return QBrush(QColor(0x8a, 0x10, 0x10));
        if (column == Status && !line->status)
            return QBrush(QApplication::palette().color(QPalette::PlaceholderText));
        break;
    case Qt::BackgroundRole:
        if (line->refused)
            return QBrush(QColor(0xfd, 0xdc, 0xd9));
        break;
    case Qt::DecorationRole:
        if (line->refused && column == Participant)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    default:
        break;
    }
    return {};
}

QVariant AttendanceSheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal)
        return {};
    switch (section) {
    case Participant:
        return tr("Participant");
    case Status:
        return tr("Status");
    case MinutesLate:
        return tr("Minutes late");
    case MinutesLeftEarly:
        return tr("Minutes left early");
    case Note:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags AttendanceSheetModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    const AttendanceSheetLine* line = rowAt(index);
    if (m_readOnly || !line)
        return f;
    switch (index.column()) {
    case Status:
        f |= Qt::ItemIsEditable;
        break;
    case MinutesLate:
    case MinutesLeftEarly:
        // Minutes belong to someone who attended; an absence or a row not taken has none.
        if (line->status && attended(*line->status))
            f |= Qt::ItemIsEditable;
        break;
    case Note:
        // A note is saved with a status, so it is typed once there is one.
        if (line->status)
            f |= Qt::ItemIsEditable;
        break;
    }
    return f;
}

bool AttendanceSheetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const int row = index.row();
    AttendanceSheetLine& line = m_rows[row];
    switch (index.column()) {
    case Status: {
        bool ok = false;
        const int v = value.toInt(&ok);
        if (!ok)
            return false;
        for (AttendanceStatus s : allAttendanceStatuses) {
            if (int(s) == v)
                return setStatus(row, s);
        }
        return false;
    }
    case MinutesLate:
    case MinutesLeftEarly: {
        // An emptied cell means no minutes.
        const QString text = value.toString().trimmed();
        int minutes = 0;
        if (!text.isEmpty()) {
            bool ok = false;
            minutes = text.toInt(&ok);
            if (!ok || minutes < 0)
                return false;
        }
        const bool late = index.column() == MinutesLate;
        (late ? line.minutesLate : line.minutesLeftEarly) = minutes;
        // Minutes typed for someone marked present say what happened instead.
        if (minutes > 0 && line.status == AttendanceStatus::Present)
            line.status = late ? AttendanceStatus::Late : AttendanceStatus::LeftEarly;
        break;
    }
    case Note:
        line.note = value.toString();
        break;
    default:
        return false;
    }
    rowChanged(row);
    return true;
}

bool AttendanceSheetModel::setStatus(int row, AttendanceStatus status)
{
    if (m_readOnly || row < 0 || row >= m_rows.size())
        return false;
    AttendanceSheetLine& line = m_rows[row];
    line.status = status;
    if (status == AttendanceStatus::Present || !attended(status)) {
        line.minutesLate = 0;
        line.minutesLeftEarly = 0;
    }
    rowChanged(row);
    return true;
}

int AttendanceSheetModel::markRestPresent()
{
    if (m_readOnly)
        return 0;
    int marked = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (!m_rows.at(row).status) {
            setStatus(row, AttendanceStatus::Present);
            ++marked;
        }
    }
    return marked;
}

int AttendanceSheetModel::addDropIn(
    Id participantId, const QString& recordNumber, const QString& name)
{
    if (const int existing = rowOf(participantId); existing >= 0)
        return existing;
    AttendanceSheetLine line;
    line.participantId = participantId;
    line.recordNumber = recordNumber;
    line.name = name;
    line.expected = false;
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(line);
    endInsertRows();
    emit edited();
    return row;
}

int AttendanceSheetModel::rowOf(Id participantId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).participantId == participantId)
            return row;
    }
    return -1;
}

bool AttendanceSheetModel::needsMinutes(int row, Column column) const
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const AttendanceSheetLine& line = m_rows.at(row);
    if (column == MinutesLate)
        return line.status == AttendanceStatus::Late;
    if (column == MinutesLeftEarly)
        return line.status == AttendanceStatus::LeftEarly;
    return false;
}

QList<AttendanceEntry> AttendanceSheetModel::entries() const
{
    QList<AttendanceEntry> list;
    for (const AttendanceSheetLine& line : m_rows) {
        if (const auto e = line.entry())
            list.append(*e);
    }
    return list;
}

bool AttendanceSheetModel::isModified() const
{
    return !changedRows().isEmpty();
}

QList<int> AttendanceSheetModel::changedRows() const
{
    QList<int> rows;
    for (int row = 0; row < m_rows.size(); ++row) {
        // A drop-in added and not yet given a status is a change too: someone typed it.
        if (m_rows.at(row).isChanged() || (!m_rows.at(row).expected && !m_rows.at(row).saved))
            rows.append(row);
    }
    return rows;
}

int AttendanceSheetModel::takenCount() const
{
    int taken = 0;
    for (const AttendanceSheetLine& line : m_rows)
        taken += line.status ? 1 : 0;
    return taken;
}

void AttendanceSheetModel::setRefused(const QSet<Id>& participantIds)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        AttendanceSheetLine& line = m_rows[row];
        const bool refused = participantIds.contains(line.participantId);
        if (line.refused != refused) {
            line.refused = refused;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

void AttendanceSheetModel::rowChanged(int row)
{
    m_rows[row].refused = false;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    emit edited();
}

} // namespace stepwise
