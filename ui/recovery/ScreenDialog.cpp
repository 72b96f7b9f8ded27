// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScreenDialog.h"

#include "AppContext.h"
#include "WriteAccess.h"
#include "common/Clock.h"
#include "common/FieldErrors.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "recovery/Analyte.h"
#include "storage/Database.h"
#include "storage/MedicationStore.h"
#include "storage/ToxicologyStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

namespace stepwise {

namespace {

const QColor alarmColor(0xb0, 0x00, 0x20);
const QColor calmColor(0x2e, 0x6b, 0x30);

void setColor(QLabel* label, const QColor& color)
{
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

// A row added to a shown dialog is shown by its layout once events run; focus must wait for it.
void focusLater(QWidget* widget)
{
    QMetaObject::invokeMethod(
        widget, [widget] { widget->setFocus(Qt::OtherFocusReason); }, Qt::QueuedConnection);
}

// The cup prints codes: "Cocaine — COC" reads straight off it.
QString rowLabel(const QString& analyte)
{
    const QString code = Analytes::code(analyte);
    return code.isEmpty() ? Analytes::label(analyte)
                          : ScreenDialog::tr("%1 \u2014 %2").arg(Analytes::label(analyte), code);
}

std::optional<ToxResultValue> valueForKey(int key)
{
    switch (key) {
    case Qt::Key_N:
        return ToxResultValue::Negative;
    case Qt::Key_P:
        return ToxResultValue::Positive;
    case Qt::Key_D:
        return ToxResultValue::Dilute;
    case Qt::Key_I:
        return ToxResultValue::Invalid;
    }
    return std::nullopt;
}

} // namespace

ScreenDialog::ScreenDialog(AppContext& context, Id participantId, Id replaces, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_participantId(participantId)
    , m_replaces(replaces)
    , m_messageBar(new MessageBar(this))
    , m_errors(new FieldErrors(this))
    , m_date(new QDateEdit(Clock::instance().today(), this))
    , m_observed(new QCheckBox(tr("Collection &observed by staff"), this))
    , m_specimen(new QComboBox(this))
    , m_panel(new QComboBox(this))
    , m_rowsWidget(new QWidget(this))
    , m_rowsLayout(new QVBoxLayout(m_rowsWidget))
    , m_noRows(new QLabel(tr("Choose the panel, or add the substances the cup reports."), this))
    , m_newAnalyte(new QComboBox(this))
    , m_note(new QPlainTextEdit(this))
    , m_reason(new QLineEdit(this))
    , m_save(nullptr)
{
    build();
    if (auto meds = MedicationStore(context.database()).medications(participantId))
        m_medications = *meds;
    if (const QString refusal = WriteAccess::refusal(context.database(), participantId);
        !refusal.isEmpty()) {
        m_messageBar->showMessage(refusal);
        m_save->setEnabled(false);
    }
}

ScreenDialog::ScreenDialog(AppContext& context, Id participantId, QWidget* parent)
    : ScreenDialog(context, participantId, 0, parent)
{
    setWindowTitle(tr("Record Drug Screen"));
    updatePreview();
}

ScreenDialog::ScreenDialog(AppContext& context, const ToxScreen& current, QWidget* parent)
    : ScreenDialog(context, current.participantId, current.id, parent)
{
    setWindowTitle(tr("Correct Drug Screen"));
    m_date->setDate(current.collectedOn);
    m_observed->setChecked(current.observed);
    m_specimen->setCurrentIndex(m_specimen->findData(int(current.specimen)));
    int panel = m_panel->findData(current.panel);
    if (panel < 0 && !current.panel.isEmpty()) {
        m_panel->addItem(Analytes::panelLabel(current.panel), current.panel);
        panel = m_panel->count() - 1;
    }
    {
        const QSignalBlocker block(m_panel);
        m_panel->setCurrentIndex(qMax(panel, 0));
    }
    for (const ToxResult& r : current.results)
        appendRow(r.analyte, r.result);
    // Marks the medications explain are made again on save; only the clinician's own are
    // carried over as marks by hand.
    const QList<ToxResult> automatic = ToxicologyRules::markExpected(
        [&] {
            QList<ToxResult> plain = current.results;
            for (ToxResult& r : plain)
                r.expected = false;
            return plain;
        }(),
        m_medications, current.collectedOn);
    for (int i = 0; i < current.results.size() && i < m_rows.size(); ++i) {
        const ToxResult& r = current.results.at(i);
        if (r.expected && !automatic.at(i).expected) {
            m_rows[i].mark->setChecked(true);
            m_rows[i].reason->setText(r.expectedReason);
        }
    }
    m_note->setPlainText(current.note);
    updatePreview();
}

void ScreenDialog::build()
{
    setObjectName(QStringLiteral("ScreenDialog"));
    m_date->setObjectName(QStringLiteral("collectedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Format::dateFormat());
    m_date->setAccessibleName(tr("Collection date"));
    m_observed->setObjectName(QStringLiteral("observed"));
    m_specimen->setObjectName(QStringLiteral("specimen"));
    for (Specimen s : allSpecimens)
        m_specimen->addItem(label(s), int(s));
    m_panel->setObjectName(QStringLiteral("panel"));
    m_panel->addItem(tr("Choose the panel\u2026"), QString());
    for (const Analytes::Panel& p : Analytes::panels())
        m_panel->addItem(p.label, p.key);
    m_newAnalyte->setObjectName(QStringLiteral("newAnalyte"));
    m_newAnalyte->setEditable(true);
    m_newAnalyte->setInsertPolicy(QComboBox::NoInsert);
    m_newAnalyte->setAccessibleName(tr("Substance to add"));
    for (const QString& key : Analytes::all())
        m_newAnalyte->addItem(Analytes::label(key), key);
    m_newAnalyte->setCurrentIndex(-1);
    m_newAnalyte->lineEdit()->setPlaceholderText(tr("Substance, code or lab name"));
    auto* add = new QPushButton(tr("&Add Substance"), this);
    add->setObjectName(QStringLiteral("addAnalyte"));
    add->setAutoDefault(false);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_reason->setPlaceholderText(tr("What was wrong in the version recorded"));
    m_noRows->setObjectName(QStringLiteral("noRows"));
    m_noRows->setWordWrap(true);

    connect(m_panel, &QComboBox::activated, this,
        [this](int index) { choosePanel(m_panel->itemData(index).toString()); });
    connect(m_date, &QDateEdit::dateChanged, this, &ScreenDialog::updatePreview);
    connect(add, &QPushButton::clicked, this, [this] {
        addAnalyte(m_newAnalyte->currentText());
        m_newAnalyte->setCurrentIndex(-1);
        m_newAnalyte->clearEditText();
    });
    connect(m_newAnalyte->lineEdit(), &QLineEdit::returnPressed, add, &QPushButton::click);

    m_date->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    auto* form = new QFormLayout;
    form->addRow(tr("Collection &date:"), m_errors->wrap(QLatin1String(ToxicologyRules::CollectedOn), m_date));
    form->addRow(QString(), m_observed);
    form->addRow(tr("S&pecimen:"), m_specimen);
    form->addRow(tr("P&anel:"), m_panel);

    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    m_rowsLayout->addWidget(m_noRows);
    m_rowsLayout->addStretch(1);
    auto* area = new QScrollArea(this);
    area->setObjectName(QStringLiteral("results"));
    area->setWidgetResizable(true);
    area->setWidget(m_rowsWidget);
    area->setMinimumHeight(fontMetrics().lineSpacing() * 12);
    auto* addLine = new QHBoxLayout;
    addLine->addWidget(m_newAnalyte, 1);
    addLine->addWidget(add);

    auto* after = new QFormLayout;
    after->addRow(tr("&Note:"), m_note);
    if (m_replaces != 0)
        after->addRow(tr("&Reason for correction:"),
            m_errors->wrap(QLatin1String(ToxicologyRules::CorrectionReason), m_reason));
    else
        m_reason->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setText(m_replaces ? tr("Save Correction") : tr("Record Screen"));
    // Enter in a result box must not record a half-entered screen.
    m_save->setAutoDefault(false);
    m_save->setDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScreenDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ScreenDialog::reject);

    auto* heading = new QLabel(tr("Results"), this);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addLayout(form);
    layout->addWidget(heading);
    layout->addWidget(m_errors->wrap(QLatin1String(ToxicologyRules::Results), area), 1);
    layout->addLayout(addLine);
    layout->addLayout(after);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 44);
}

void ScreenDialog::choosePanel(const QString& panelKey)
{
    const auto panel = Analytes::panel(panelKey);
    if (!panel)
        return;
    const int index = m_panel->findData(panel->key);
    if (index >= 0 && m_panel->currentIndex() != index) {
        const QSignalBlocker block(m_panel);
        m_panel->setCurrentIndex(index);
    }
    QHash<QString, ToxResultValue> kept;
    for (const Row& r : std::as_const(m_rows))
        kept.insert(r.analyte, ToxResultValue(r.result->currentData().toInt()));
    while (!m_rows.isEmpty())
        removeRow(int(m_rows.size()) - 1);
    for (const QString& a : panel->analytes)
        appendRow(a, kept.value(a, ToxResultValue::Negative));
    updatePreview();
    if (!m_rows.isEmpty())
        focusLater(m_rows.first().result);
}

void ScreenDialog::addAnalyte(const QString& text)
{
    // A label picked from the list is the analyte's; anything else is normalized as typed.
    QString key = Analytes::normalize(text);
    for (const QString& k : Analytes::all()) {
        if (Analytes::label(k) == text.trimmed())
            key = k;
    }
    if (key.isEmpty())
        return;
    if (const int existing = rowOf(key); existing >= 0) {
        m_rows.at(existing).result->setFocus();
        return;
    }
    appendRow(key, ToxResultValue::Negative);
    updatePreview();
    focusLater(m_rows.last().result);
}

void ScreenDialog::appendRow(const QString& analyte, ToxResultValue value)
{
    Row r;
    r.analyte = analyte;
    r.widget = new QWidget(m_rowsWidget);
    r.widget->setObjectName(QStringLiteral("row.") + analyte);
    auto* name = new QLabel(rowLabel(analyte), r.widget);
    name->setTextFormat(Qt::PlainText);
    // One width for every row, so the result boxes line up under each other.
    static int nameWidth = 0;
    if (nameWidth == 0) {
        for (const QString& key : Analytes::all())
            nameWidth = qMax(nameWidth, name->fontMetrics().horizontalAdvance(rowLabel(key)));
        nameWidth += name->fontMetrics().averageCharWidth() * 2;
    }
    name->setMinimumWidth(qMax(nameWidth, name->sizeHint().width()));
    r.result = new QComboBox(r.widget);
    r.result->setObjectName(QStringLiteral("result.") + analyte);
    r.result->setAccessibleName(tr("Result for %1").arg(Analytes::label(analyte)));
    for (ToxResultValue v : allToxResultValues)
        r.result->addItem(label(v), int(v));
    r.result->setCurrentIndex(r.result->findData(int(value)));
    r.result->installEventFilter(this);
    r.preview = new QLabel(r.widget);
    r.preview->setObjectName(QStringLiteral("expected.") + analyte);
    r.preview->setTextFormat(Qt::PlainText);
    r.preview->setWordWrap(true);
    r.mark = new QCheckBox(tr("Expected"), r.widget);
    r.mark->setObjectName(QStringLiteral("markExpected.") + analyte);
    r.mark->setAccessibleName(tr("Mark %1 expected").arg(Analytes::label(analyte)));
    r.reason = new QLineEdit(r.widget);
    r.reason->setObjectName(QStringLiteral("expectedReason.") + analyte);
    r.reason->setAccessibleName(tr("Why %1 is expected").arg(Analytes::label(analyte)));
    r.reason->setPlaceholderText(tr("Why: e.g. confirmed false positive (sertraline)"));
    r.remove = new QToolButton(r.widget);
    r.remove->setText(tr("Remove"));
    r.remove->setObjectName(QStringLiteral("remove.") + analyte);
    r.remove->setAccessibleName(tr("Remove %1").arg(Analytes::label(analyte)));
    // Tab walks the result boxes; Ctrl+Delete in a box removes its row.
    r.remove->setFocusPolicy(Qt::ClickFocus);
    r.error = new QLabel(r.widget);
    r.error->setObjectName(QStringLiteral("error.") + analyte);
    r.error->setTextFormat(Qt::PlainText);
    r.error->setWordWrap(true);
    setColor(r.error, alarmColor);
    r.error->hide();

    auto* grid = new QGridLayout(r.widget);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(name, 0, 0);
    grid->addWidget(r.result, 0, 1);
    grid->addWidget(r.preview, 0, 2);
    grid->addWidget(r.mark, 0, 3);
    grid->addWidget(r.reason, 0, 4);
    grid->addWidget(r.remove, 0, 5);
    grid->addWidget(r.error, 1, 1, 1, 5);
    grid->setColumnStretch(2, 3);
    grid->setColumnStretch(4, 2);

    connect(r.result, &QComboBox::currentIndexChanged, this, &ScreenDialog::updatePreview);
    connect(r.mark, &QCheckBox::toggled, this, &ScreenDialog::updatePreview);
    connect(r.remove, &QToolButton::clicked, this, [this, w = r.widget] {
        if (const int row = rowOfWidget(w); row >= 0)
            removeRow(row);
    });
    m_rowsLayout->insertWidget(m_rowsLayout->count() - 1, r.widget);
    m_rows.append(r);
    m_noRows->setVisible(m_rows.isEmpty());
}

void ScreenDialog::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    const Row r = m_rows.takeAt(row);
    r.widget->hide();
    r.widget->deleteLater();
    m_noRows->setVisible(m_rows.isEmpty());
    if (!m_rows.isEmpty())
        m_rows.at(qMin(row, int(m_rows.size()) - 1)).result->setFocus();
    updatePreview();
}

int ScreenDialog::rowOf(const QString& analyte) const
{
    const QString key = Analytes::normalize(analyte);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).analyte == key || m_rows.at(i).analyte == analyte)
            return i;
    }
    return -1;
}

int ScreenDialog::rowOfWidget(const QObject* object) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows.at(i);
        if (object == r.widget || object == r.result)
            return i;
    }
    return -1;
}

QString ScreenDialog::analyteAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).analyte : QString();
}

QComboBox* ScreenDialog::resultCombo(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).result : nullptr;
}

QLabel* ScreenDialog::expectedPreview(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).preview : nullptr;
}

QCheckBox* ScreenDialog::markExpected(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).mark : nullptr;
}

QLineEdit* ScreenDialog::expectedReason(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).reason : nullptr;
}

QLabel* ScreenDialog::rowError(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).error : nullptr;
}

ToxScreenInput ScreenDialog::input() const
{
    ToxScreenInput in;
    in.participantId = m_participantId;
    in.collectedOn = m_date->date();
    in.observed = m_observed->isChecked();
    in.specimen = Specimen(m_specimen->currentData().toInt());
    in.panel = m_panel->currentData().toString();
    for (const Row& r : m_rows) {
        ToxResult result;
        result.analyte = r.analyte;
        result.result = ToxResultValue(r.result->currentData().toInt());
        // A hand mark only counts where it is offered: on a positive the medications leave
        // unexplained.
        if (result.result == ToxResultValue::Positive && !r.mark->isHidden()
            && r.mark->isChecked()) {
            result.expected = true;
            result.expectedReason = r.reason->text().trimmed();
        }
        in.results.append(result);
    }
    in.note = m_note->toPlainText().trimmed();
    return in;
}

void ScreenDialog::updatePreview()
{
    QList<ToxResult> plain;
    for (const Row& r : std::as_const(m_rows))
        plain.append({ r.analyte, ToxResultValue(r.result->currentData().toInt()), false, {} });
    const QList<ToxResult> marked
        = ToxicologyRules::markExpected(plain, m_medications, m_date->date());
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row& r = m_rows.at(i);
        const bool positive = plain.at(i).result == ToxResultValue::Positive;
        const bool automatic = positive && marked.at(i).expected;
        if (!positive) {
            r.preview->clear();
        } else if (automatic) {
            r.preview->setText(tr("Will be marked expected: %1").arg(marked.at(i).expectedReason));
            setColor(r.preview, calmColor);
        } else if (r.mark->isChecked()) {
            r.preview->setText(tr("Marked expected by hand, because:"));
            setColor(r.preview, calmColor);
        } else {
            r.preview->setText(tr("Unexpected: no active medication explains it"));
            setColor(r.preview, alarmColor);
        }
        // setHidden rather than setVisible: the row may not be shown yet.
        r.mark->setHidden(!positive || automatic);
        r.reason->setHidden(!positive || automatic || !r.mark->isChecked());
    }
}

bool ScreenDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const int row = rowOfWidget(watched);
        auto* key = static_cast<QKeyEvent*>(event);
        if (row >= 0) {
            if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::ControlModifier) {
                removeRow(row);
                return true;
            }
            const auto mods = key->modifiers() & ~Qt::KeypadModifier;
            if (mods == Qt::NoModifier || mods == Qt::ShiftModifier) {
                if (const auto value = valueForKey(key->key())) {
                    QComboBox* combo = m_rows.at(row).result;
                    combo->setCurrentIndex(combo->findData(int(*value)));
                    return true;
                }
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ScreenDialog::showErrors(const Error& error)
{
    for (const Row& r : std::as_const(m_rows))
        r.error->hide();
    if (error.code != ErrorCode::Validation) {
        m_errors->clear();
        m_messageBar->showMessage(error.message);
        return;
    }
    QList<FieldError> rest;
    QWidget* focus = nullptr;
    for (const FieldError& f : m_errors->show(error.fields)) {
        // "results.N.part": N is the row's index in the input, which is the row on screen.
        const QStringList parts = f.field.split(QLatin1Char('.'));
        bool ok = false;
        const int row = parts.size() == 3 ? parts.at(1).toInt(&ok) : -1;
        if (!ok || row < 0 || row >= m_rows.size()) {
            rest.append(f);
            continue;
        }
        const Row& r = m_rows.at(row);
        r.error->setText(!r.error->isHidden()
                ? r.error->text() + QLatin1Char('\n') + f.message
                : f.message);
        r.error->show();
        if (!focus)
            focus = parts.at(2) == QLatin1String("expected_reason") ? static_cast<QWidget*>(r.reason) : r.result;
    }
    QStringList messages;
    for (const FieldError& f : rest)
        messages.append(f.message);
    if (!messages.isEmpty())
        m_messageBar->showMessage(messages.join(QLatin1Char('\n')));
    else
        m_messageBar->showMessage(error.message);
    if (QWidget* first = m_errors->firstInvalidField())
        first->setFocus();
    else if (focus)
        focus->setFocus();
    FieldErrors::makeRoom(this);
}

void ScreenDialog::accept()
{
    if (!m_save->isEnabled())
        return;
    ToxicologyStore store(m_context.database());
    const ToxScreenInput in = input();
    auto saved = m_replaces ? store.correct(m_replaces, in, m_reason->text().trimmed())
                            : store.record(in);
    if (!saved) {
        showErrors(saved.error());
        return;
    }
    m_savedId = *saved;
    m_context.notifyParticipantChanged(m_participantId);
    QDialog::accept();
}

} // namespace stepwise
