//! The pattern registry: one entry per deceptive-script pattern, documented where it is defined.
//!
//! The ids are a contract shared with corpora, model outputs, reports and other tools
//! (`shared/spec/patterns.md`); their order here is the order of the classifier's outputs.
//! `callaudit explain` and the README's pattern table are generated from these entries.

/// One pattern: what it flags, why it matters, an example, and its honest look-alikes.
#[derive(Debug, Clone, Copy, serde::Serialize)]
pub struct Pattern {
    pub id: &'static str,
    pub name: &'static str,
    pub flags: &'static str,
    pub why: &'static str,
    pub example: &'static str,
    pub not_this: &'static str,
    /// The same in a Mandarin call (the calls this product exists for).
    pub example_zh: &'static str,
    pub not_this_zh: &'static str,
}

pub const PATTERNS: [Pattern; 7] = [
    Pattern {
        id: "cost_concealment",
        name: "Cost concealment",
        flags: "Presenting a paid add-on, upgrade or change as free or cost-neutral, or dodging or obscuring its price.",
        why: "The customer agrees to something they would refuse if they knew the price; the bill quietly rises (a typical case: 30 yuan a month).",
        example: "\"we add fifteen gigs every month and your package tariff stays the same\"; an evasive answer to \"is it free?\"",
        not_this: "\"this adds 20 yuan a month to your bill, do you want it?\"; a reward that really is free and says so, with no upsell.",
        example_zh: "“每个月给您加15G流量，您的套餐资费是不变的”（账单每月悄悄多出30元）；问“要钱吗”时含糊带过",
        not_this_zh: "“这个流量包每月20元，会加到您的话费里，您需要吗？”",
    },
    Pattern {
        id: "fake_cancellation",
        name: "Fake cancellation",
        flags: "Inventing a pending charge, subscription or membership the customer supposedly has, in order to \"cancel\" it for them.",
        why: "Fear of a charge makes people cooperate; the \"cancellation\" is the cover for ordering a paid service or taking a code.",
        example: "\"a gifted video membership starts charging next month, shall I cancel it?\"",
        not_this: "The customer asks to cancel a service they really have; an agent confirms a cancellation the customer requested.",
        example_zh: "“您有个赠送的视频会员下个月开始收费，我帮您取消掉吧？”",
        not_this_zh: "客户自己要求退订一项真实开通的业务，客服照办并确认。",
    },
    Pattern {
        id: "fake_reward",
        name: "Fake reward",
        flags: "A lure of selection or reward used to open a sale.",
        why: "Flattery and a gift lower the customer's guard before the paid part is mentioned, if it is at all.",
        example: "\"you've been rated a star user\", \"as a thank-you we're adding 15G\"",
        not_this: "A genuinely free reward stated plainly, with nothing to accept or pay.",
        example_zh: "“您是我们的星级用户，公司回馈老用户每月赠送15G流量”",
        not_this_zh: "真正免费、说清楚无需办理也不收费的积分或赠品。",
    },
    Pattern {
        id: "code_request",
        name: "Code request",
        flags: "Asking the customer to read out, repeat or forward a verification code, SMS code, PIN or one-time password.",
        why: "The code is the customer's signature: with it the agent orders paid services (or worse) in the customer's name.",
        example: "\"10086 will text you a six-digit code, read it to me\"",
        not_this: "\"We will never ask for your code\"; the customer types a code into the official app themselves; a courier asking for a parcel pickup code.",
        example_zh: "“10086会给您发一条六位数的验证码，您念给我听一下”",
        not_this_zh: "“我们不会向您索要验证码”；快递员核对取件码。",
    },
    Pattern {
        id: "consent_bypass",
        name: "Consent bypass",
        flags: "Acting without clear consent: ordering or signing on the customer's behalf, treating silence or \"hmm\" as yes.",
        why: "No clear yes means no valid order; these calls are how services appear on bills that nobody ordered.",
        example: "\"no need to confirm, I'll handle it\"; \"okay, I've activated it\" after no clear yes",
        not_this: "An agent who waits for and records an explicit yes.",
        example_zh: "“不用您确认，我这边直接帮您办理了”；客户只说“嗯”就“已经给您开通了”",
        not_this_zh: "客服等客户明确说“同意办理”后才登记。",
    },
    Pattern {
        id: "pressure",
        name: "Pressure",
        flags: "Pushing on after a clear refusal; false urgency; guilt or intimidation.",
        why: "A refusal should end the pitch; urgency and threats are there to stop the customer thinking.",
        example: "\"only today\", \"you must decide now\", \"your number will be suspended\", repeating the pitch after \"no\"",
        not_this: "A single polite follow-up question; a real deadline stated once without threat.",
        example_zh: "“这个优惠只有今天”“您不办的话号码会被停机”；客户说“不要”后继续推销",
        not_this_zh: "一次礼貌的追问；只说一次的真实截止日期。",
    },
    Pattern {
        id: "abuse",
        name: "Abuse",
        flags: "The agent insulting or scolding the customer.",
        why: "Abuse of customers is a conduct breach on its own and often follows a refusal in scripted sales.",
        example: "\"are you stupid?\", \"don't waste my time\"",
        not_this: "The customer being rude to an honest agent.",
        example_zh: "“你是不是听不懂人话？”“别浪费我时间”",
        not_this_zh: "客户对诚实的客服出言不逊。",
    },
];

pub const N_PATTERNS: usize = PATTERNS.len();

/// Index of a pattern id in `PATTERNS` (the classifier's output order).
pub fn index(id: &str) -> Option<usize> {
    PATTERNS.iter().position(|p| p.id == id)
}

pub fn by_id(id: &str) -> Option<&'static Pattern> {
    PATTERNS.iter().find(|p| p.id == id)
}

pub fn ids() -> impl Iterator<Item = &'static str> {
    PATTERNS.iter().map(|p| p.id)
}

/// The text `callaudit explain ID` prints.
pub fn explain(p: &Pattern) -> String {
    format!(
        "{id}: {name}\n\nWhat it flags: {flags}\nWhy it matters: {why}\nExample: {example}\nNot this (honest look-alikes): {not_this}\nIn Mandarin: {example_zh}\nNot this, in Mandarin: {not_this_zh}\n",
        id = p.id,
        name = p.name,
        flags = p.flags,
        why = p.why,
        example = p.example,
        not_this = p.not_this,
        example_zh = p.example_zh,
        not_this_zh = p.not_this_zh
    )
}

/// The README's pattern table (between the `patterns-table` markers), generated so it cannot drift.
pub fn markdown_table() -> String {
    let mut s = String::from(
        "| id | what it flags | example | in Mandarin | not this (honest look-alikes) |\n|---|---|---|---|---|\n",
    );
    for p in &PATTERNS {
        s.push_str(&format!(
            "| `{}` | {} | {} | {} | {} |\n",
            p.id, p.flags, p.example, p.example_zh, p.not_this
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_the_spec_ids_in_a_fixed_order() {
        let ids: Vec<_> = ids().collect();
        assert_eq!(
            ids,
            [
                "cost_concealment",
                "fake_cancellation",
                "fake_reward",
                "code_request",
                "consent_bypass",
                "pressure",
                "abuse"
            ]
        );
        assert_eq!(index("code_request"), Some(3));
        assert_eq!(index("unofficial_caller"), None);
    }

    #[test]
    fn readme_table_is_generated_from_the_registry() {
        let readme = include_str!("../README.md");
        let table = markdown_table();
        assert!(
            readme.contains(&format!(
                "<!-- patterns-table -->\n{table}<!-- /patterns-table -->"
            )),
            "README's pattern table is stale: paste the output of `callaudit explain --markdown`"
        );
    }

    #[test]
    fn every_pattern_is_documented() {
        for p in &PATTERNS {
            for field in [
                p.name,
                p.flags,
                p.why,
                p.example,
                p.not_this,
                p.example_zh,
                p.not_this_zh,
            ] {
                assert!(!field.trim().is_empty(), "{}: empty doc field", p.id);
            }
            assert!(explain(p).starts_with(p.id));
        }
    }
}
