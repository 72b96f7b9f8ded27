// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "attendance/Schedule.h"
#include "common/RowTableModel.h"

#include <QSet>
#include <optional>

namespace stepwise {

// One participant on the sheet: what was stored when the sheet was read and what is on screen.
struct AttendanceSheetLine
{
    Id participantId = 0;
    QString recordNumber;
    QString name;                           // sortName
    bool expected = true;                   // false: a drop-in
    std::optional<AttendanceStatus> status; // empty: not taken yet
    int minutesLate = 0;
    int minutesLeftEarly = 0;
    QString note;
    std::optional<AttendanceEntry> saved; // as stored; empty when nothing was
    bool refused = false;                 // named in the last refusal, until edited

    std::optional<AttendanceEntry> entry() const;
    bool isChanged() const;
};

// The attendance sheet of one session: the expected participants, then the drop-ins. Status,
// minutes and note are edited in place; the names are shown exactly as typed, as plain text.
class AttendanceSheetModel : public RowTableModel<AttendanceSheetLine>
{
    Q_OBJECT
public:
    enum Column { Participant, Status, MinutesLate, MinutesLeftEarly, Note, ColumnCount };

    explicit AttendanceSheetModel(QObject* parent = nullptr);

    void setSheet(const AttendanceSheet& sheet);
    // A cancelled session, or one the user may not record: shown, never edited.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Present clears minutes (the whole session); an absence has none; late, left early and
    // telehealth keep what was typed, so "came late and left early" takes both.
    bool setStatus(int row, AttendanceStatus status);
    // Every row without a status becomes Present; returns how many did.
    int markRestPresent();
    // Appends a participant who came without being expected; returns the row.
    int addDropIn(Id participantId, const QString& recordNumber, const QString& name);
    int rowOf(Id participantId) const; // -1 when not on the sheet
    bool needsMinutes(int row, Column column) const;

    // What to save: every row with a status, in sheet order.
    QList<AttendanceEntry> entries() const;
    bool isModified() const;
    QList<int> changedRows() const;
    int takenCount() const;

    // Marks the rows of a refusal until each is edited (colour, and a warning icon for those
    // who cannot tell the colour apart); an empty set clears the marks.
    void setRefused(const QSet<Id>& participantIds);

signals:
    void edited();

private:
    void rowChanged(int row);

    bool m_readOnly = false;
};

} // namespace stepwise
