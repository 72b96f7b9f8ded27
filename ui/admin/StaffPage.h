// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace stepwise {

class AppContext;
class MessageBar;
class ReadOnlyTable;
class StaffModel;
struct StaffRow;

// Staff administration: who works here, their roles, their accounts and locks.
class StaffPage : public QWidget
{
    Q_OBJECT
public:
    explicit StaffPage(AppContext& context, QWidget* parent = nullptr);

    StaffModel* model() const { return m_model; }
    MessageBar* messageBar() const { return m_messageBar; }
    const StaffRow* selected() const;
    bool selectStaff(const QString& name);

public slots:
    void reload();
    void addStaff();
    void editStaff();
    void setPassword();
    bool unlockSelected();

private:
    AppContext& m_context;
    MessageBar* m_messageBar;
    StaffModel* m_model;
    ReadOnlyTable* m_table;
};

} // namespace stepwise
