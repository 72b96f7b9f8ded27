// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsentsTab.h"

#include "AppContext.h"
#include "ConsentDialog.h"
#include "ConsentFactDialog.h"
#include "ConsentListModel.h"
#include "DisclosureListModel.h"
#include "common/Clock.h"
#include "common/OpenDialog.h"
#include "common/PlainLabel.h"
#include "common/ReadOnlyTable.h"
#include "consent/ConsentRules.h"
#include "recovery/WriteAccess.h"
#include "storage/ConsentStore.h"
#include "storage/Database.h"
#include "storage/DisclosureStore.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace stepwise {

namespace {

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* l = new QLabel(text, parent);
    l->setTextFormat(Qt::PlainText);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

QPushButton* button(const QString& text, const QString& name, QWidget* parent)
{
    auto* b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

ConsentsTab::ConsentsTab(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_problem(new QLabel(this))
    , m_consents(new ConsentListModel(this))
    , m_disclosures(new DisclosureListModel(this))
    , m_consentsView(new ReadOnlyTable(tr("Consents to disclose"), this))
    , m_disclosuresView(new ReadOnlyTable(tr("Accounting of disclosures"), this))
    , m_detail(new PlainLabel(this))
    , m_add(button(tr("Add &Consent\u2026"), QStringLiteral("addConsent"), this))
    , m_sign(button(tr("Record Si&gnature\u2026"), QStringLiteral("recordSignature"), this))
    , m_event(button(tr("Event &Occurred\u2026"), QStringLiteral("recordExpiryEvent"), this))
    , m_revoke(button(tr("Revo&ke\u2026"), QStringLiteral("revokeConsent"), this))
{
    setObjectName(QStringLiteral("consentsTab"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_detail->setObjectName(QStringLiteral("consentDetail"));
    m_detail->setWordWrap(true);
    m_detail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_revoke->setAccessibleName(tr("Revoke the selected consent"));
    m_sign->setAccessibleName(tr("Record the signature of the selected consent"));
    m_event->setAccessibleName(tr("Record that the expiry event of the selected consent occurred"));

    m_consentsView->setObjectName(QStringLiteral("consents"));
    m_consentsView->setModel(m_consents);
    m_consentsView->wrapLongText();
    m_consentsView->horizontalHeader()->setSectionResizeMode(
        ConsentListModel::Purpose, QHeaderView::Stretch);
    m_consentsView->horizontalHeader()->setSectionResizeMode(
        ConsentListModel::Period, QHeaderView::Stretch);
    m_consentsView->horizontalHeader()->setSectionResizeMode(
        ConsentListModel::Reason, QHeaderView::Stretch);
    m_disclosuresView->setObjectName(QStringLiteral("disclosures"));
    m_disclosuresView->setModel(m_disclosures);
    m_disclosuresView->wrapLongText();
    m_disclosuresView->horizontalHeader()->setSectionResizeMode(
        DisclosureListModel::What, QHeaderView::Stretch);
    // Stretched columns change width without sectionResized: fit the rows when the view does.
    m_consentsView->viewport()->installEventFilter(this);
    m_disclosuresView->viewport()->installEventFilter(this);
    connect(m_consentsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ConsentsTab::updateButtons);

    connect(m_add, &QPushButton::clicked, this, &ConsentsTab::addConsent);
    connect(m_sign, &QPushButton::clicked, this, &ConsentsTab::recordSignature);
    connect(m_event, &QPushButton::clicked, this, &ConsentsTab::recordExpiryEvent);
    connect(m_revoke, &QPushButton::clicked, this, &ConsentsTab::revokeConsent);
    connect(&m_context, &AppContext::participantChanged, this, [this](Id id) {
        if (id == m_participantId)
            reload();
    });

    auto* top = new QWidget(this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(heading(tr("Consents to disclose"), top));
    buttons->addStretch(1);
    for (QPushButton* b : { m_add, m_sign, m_event, m_revoke })
        buttons->addWidget(b);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 4, 0, 0);
    topLayout->addLayout(buttons);
    topLayout->addWidget(m_consentsView, 3);
    topLayout->addWidget(m_detail, 1);

    auto* bottom = new QWidget(this);
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 4, 0, 0);
    bottomLayout->addWidget(heading(tr("Accounting of disclosures (every document released "
                                       "from the record, newest first)"),
        bottom));
    bottomLayout->addWidget(m_disclosuresView, 1);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    layout->addWidget(m_problem);
    layout->addWidget(splitter, 1);
    reload();
}

void ConsentsTab::showParticipant(Id participantId)
{
    m_participantId = participantId;
    reload();
}

void ConsentsTab::reload()
{
    const Consent* selected = m_consents->rowAt(m_consentsView->currentIndex());
    const Id keep = selected ? selected->id : 0;
    QList<Consent> consents;
    QList<Disclosure> disclosures;
    QStringList problems;
    if (m_participantId != 0) {
        Database& db = m_context.database();
        if (auto r = ConsentStore(db).list(m_participantId))
            consents = *r;
        else
            problems.append(r.error().message);
        if (auto r = DisclosureStore(db).list(m_participantId))
            disclosures = *r;
        else
            problems.append(r.error().message);
        m_writable = WriteAccess::refusal(db, m_participantId).isEmpty();
    } else {
        m_writable = false;
    }
    m_consents->setConsents(consents, Clock::instance().today());
    m_disclosures->setRows(disclosures);
    for (int row = 0; row < m_consents->rowCount(); ++row) {
        if (m_consents->rows().at(row).id == keep)
            m_consentsView->setCurrentIndex(m_consents->index(row, 0));
    }
    problems.removeDuplicates();
    m_problem->setText(problems.isEmpty()
            ? QString()
            : tr("The consents could not be read: %1").arg(problems.join(QLatin1Char(' '))));
    m_problem->setHidden(problems.isEmpty());
    m_consentsView->resizeColumnsToContents();
    m_disclosuresView->resizeColumnsToContents();
    m_consentsView->resizeRowsToContents();
    m_disclosuresView->resizeRowsToContents();
    updateButtons();
}

bool ConsentsTab::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize) {
        for (ReadOnlyTable* t : { m_consentsView, m_disclosuresView }) {
            if (watched == t->viewport())
                QMetaObject::invokeMethod(
                    t, [t] { t->resizeRowsToContents(); }, Qt::QueuedConnection);
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString ConsentsTab::detailText() const
{
    return m_detail->text();
}

QString ConsentsTab::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ConsentsTab::updateButtons()
{
    const Consent* c = m_consents->rowAt(m_consentsView->currentIndex());
    const bool open = m_participantId != 0 && m_writable;
    m_add->setEnabled(open);
    m_revoke->setEnabled(open && c && !c->isRevoked());
    m_sign->setEnabled(open && c && !c->isSigned() && !c->isRevoked());
    m_event->setEnabled(open && c && !c->expiryEvent.trimmed().isEmpty()
        && !c->eventOccurredOn.isValid() && !c->isRevoked());
    m_detail->setText(c ? ConsentRules::describe(*c)
                        : (m_consents->rowCount() == 0 && m_participantId != 0
                                ? tr("No consent to disclose is on file. Documents for the "
                                     "participant or for use within the program need none.")
                                : QString()));
}

template<typename D> D* ConsentsTab::adopt(D* dialog)
{
    return openDialog(dialog, this, [this] { reload(); });
}

ConsentDialog* ConsentsTab::addConsent()
{
    if (m_participantId == 0)
        return nullptr;
    return adopt(new ConsentDialog(m_context, m_participantId, this));
}

ConsentFactDialog* ConsentsTab::revokeConsent()
{
    const Consent* c = m_consents->rowAt(m_consentsView->currentIndex());
    if (!c)
        return nullptr;
    return adopt(new ConsentFactDialog(m_context, *c, ConsentFactDialog::Fact::Revocation, this));
}

ConsentFactDialog* ConsentsTab::recordSignature()
{
    const Consent* c = m_consents->rowAt(m_consentsView->currentIndex());
    if (!c)
        return nullptr;
    return adopt(new ConsentFactDialog(m_context, *c, ConsentFactDialog::Fact::Signature, this));
}

ConsentFactDialog* ConsentsTab::recordExpiryEvent()
{
    const Consent* c = m_consents->rowAt(m_consentsView->currentIndex());
    if (!c)
        return nullptr;
    return adopt(new ConsentFactDialog(m_context, *c, ConsentFactDialog::Fact::ExpiryEvent, this));
}

} // namespace stepwise
