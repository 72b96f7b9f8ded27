// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace stepwise {

// A date that may be left unset (a target date in a draft, a referral not yet made): a check
// box says whether there is one, the date beside it is used only when checked. A QDateEdit
// alone always holds some date, which would save a made-up one.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalDateEdit(const QString& checkText, QWidget* parent = nullptr);

    QDate date() const; // null when unchecked
    void setDate(const QDate& date);
    void setReadOnly(bool readOnly);

    QCheckBox* checkBox() const { return m_check; }
    QDateEdit* dateEdit() const { return m_edit; }

signals:
    void dateChanged(const QDate& date);

private:
    QCheckBox* m_check;
    QDateEdit* m_edit;
};

} // namespace stepwise
