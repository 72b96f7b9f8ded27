// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace stepwise {

// A non-modal strip above a page or form for problems the user can recover from (a storage
// failure on save, a record that no longer exists). The edit on screen stays as it was.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Type { Error, Warning, Information, Positive };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(const QString& text, Type type = Type::Error);
    void clear();
    QString text() const;
    Type type() const { return m_type; }

private:
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
    Type m_type = Type::Information;
};

} // namespace stepwise
