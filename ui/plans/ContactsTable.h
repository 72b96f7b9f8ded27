// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "plans/RelapsePlan.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace stepwise {

// People the participant can call (name, relationship, phone), typed straight into a table:
// Add Person starts a row and puts the cursor in its name.
class ContactsTable : public QWidget
{
    Q_OBJECT
public:
    enum Column { Name, Relationship, Phone, ColumnCount };

    ContactsTable(const QString& accessibleName, QWidget* parent = nullptr);

    QList<SupportContact> contacts() const; // rows left wholly blank are skipped
    void setContacts(const QList<SupportContact>& contacts);
    void setReadOnly(bool readOnly);

    // Marks the cells named by "<prefix>.N.name" / "<prefix>.N.phone" (N: the row among the
    // non-blank ones, as contacts() gives them) and returns each problem as a sentence naming
    // the person, for a message bar. Other errors are left out.
    QStringList showErrors(const QString& prefix, const QList<FieldError>& errors);
    void clearErrors();

    QTableWidget* table() const { return m_table; }
    QPushButton* addButton() const { return m_add; }

public slots:
    void addPerson();

signals:
    void changed();

private:
    QList<int> filledRows() const;
    QTableWidget* m_table;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace stepwise
