// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/AuditTrail.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace stepwise {

class AppContext;
class AuditModel;
class MessageBar;
class ReadOnlyTable;

// The audit viewer for supervisors and administrators: filter by person, participant, action
// and dates; check the hash chain; export what is shown to CSV. Core refuses other roles.
class AuditPage : public QWidget
{
    Q_OBJECT
public:
    explicit AuditPage(AppContext& context, QWidget* parent = nullptr);

    // The newest rows shown at most; older ones are reached by narrowing the dates.
    static constexpr int RowLimit = 5000;

    AuditModel* model() const { return m_model; }
    MessageBar* messageBar() const { return m_messageBar; }
    QString statusText() const;
    // The filter the controls describe; nullopt (with a message shown) when the participant
    // typed cannot be found.
    std::optional<AuditFilter> currentFilter();

public slots:
    void reload();
    void verifyChain();
    bool exportTo(const QString& path);

private:
    void exportCsv();
    void loadStaff();

    AppContext& m_context;
    MessageBar* m_messageBar;
    QComboBox* m_person;
    QLineEdit* m_participant;
    QComboBox* m_action;
    QCheckBox* m_useFrom;
    QDateEdit* m_from;
    QCheckBox* m_useTo;
    QDateEdit* m_to;
    AuditModel* m_model;
    ReadOnlyTable* m_table;
    QLabel* m_status;
};

} // namespace stepwise
