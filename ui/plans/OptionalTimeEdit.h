// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTime>
#include <QWidget>

class QCheckBox;
class QTimeEdit;

namespace stepwise {

// A time of day that may be unknown (an appointment whose hour is not set yet): checked, the
// time beside it counts; unchecked, there is none. See OptionalDateEdit.
class OptionalTimeEdit : public QWidget
{
    Q_OBJECT
public:
    explicit OptionalTimeEdit(const QString& checkText, QWidget* parent = nullptr);

    QTime time() const; // null when unchecked
    void setTime(const QTime& time);
    void setReadOnly(bool readOnly);

    QCheckBox* checkBox() const { return m_check; }
    // The locale's short time without seconds ("16:30", "4:30 PM"): appointments and meetings
    // are never set to the second, though some locales' short format shows them.
    static QString displayFormat();
    static QString text(const QTime& time); // empty for a null time
    QTimeEdit* timeEdit() const { return m_edit; }

signals:
    void timeChanged(const QTime& time);

private:
    QCheckBox* m_check;
    QTimeEdit* m_edit;
};

} // namespace stepwise
