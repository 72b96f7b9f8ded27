// SPDX-License-Identifier: GPL-3.0-or-later
#include "DraftOffer.h"

#include "common/Clock.h"
#include "common/Format.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace stepwise {

DraftOffer::DraftOffer(Database& db, const QString& kind, Id subjectId, QWidget* parent)
    : QFrame(parent)
    , m_db(db)
    , m_text(new QLabel(this))
    , m_resume(new QPushButton(tr("&Resume Draft"), this))
    , m_discard(new QPushButton(tr("Discard Draft"), this))
{
    setObjectName(QStringLiteral("DraftOffer"));
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(QStringLiteral("#DraftOffer { background: #e8f1fb; border: 1px solid #4a90d9; "
                                 "border-radius: 4px; } #DraftOffer QLabel { color: #202020; }"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_resume->setObjectName(QStringLiteral("resumeDraft"));
    m_discard->setObjectName(QStringLiteral("discardDraft"));
    // Enter in the form still means Save: these buttons never take the default.
    m_resume->setAutoDefault(false);
    m_discard->setAutoDefault(false);
    connect(m_resume, &QPushButton::clicked, this, &DraftOffer::resume);
    connect(m_discard, &QPushButton::clicked, this, &DraftOffer::discard);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_resume);
    layout->addWidget(m_discard);

    auto found = DraftStore(m_db).find(kind, subjectId);
    if (found && *found) {
        m_draft = **found;
        m_text->setText(tr("You left a draft of this form. Resume your draft from %1?")
                            .arg(when(m_draft->savedAt)));
    } else {
        hide();
    }
}

QString DraftOffer::text() const
{
    return m_text->text();
}

QString DraftOffer::when(const QDateTime& savedAt)
{
    const QDateTime local = savedAt.toLocalTime();
    const QString time = local.time().toString(QStringLiteral("HH:mm"));
    if (local.date() == Clock::instance().now().toLocalTime().date())
        return time;
    return tr("%1 at %2").arg(Format::date(local.date()), time);
}

void DraftOffer::resume()
{
    if (!m_draft)
        return;
    auto taken = DraftStore(m_db).take(m_draft->id);
    if (!taken) {
        showProblem(tr("The draft could not be opened: %1").arg(taken.error().message));
        return;
    }
    m_draft.reset();
    hide();
    emit resumed(taken.value());
}

void DraftOffer::discard()
{
    if (!m_draft)
        return;
    if (Status s = DraftStore(m_db).discard(m_draft->id); !s) {
        showProblem(tr("The draft could not be discarded: %1").arg(s.error().message));
        return;
    }
    m_draft.reset();
    hide();
}

void DraftOffer::showProblem(const QString& text)
{
    m_text->setText(text);
    m_resume->setEnabled(false);
    m_discard->setEnabled(false);
}

} // namespace stepwise
