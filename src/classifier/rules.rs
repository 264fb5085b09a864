//! The transparent baseline (`--model rules`): keyword and phrase rules per pattern, English and
//! Mandarin (on normalized text: Chinese number words as digits).
//!
//! Every report can say how much the model adds over what an inspector would write as a search.
//! The rules read the normalized judged turn; `pressure` and `consent_bypass` also look at whether
//! the customer just refused or hesitated, which is where those patterns live.

use regex::Regex;

use super::{ClassifierError, Scorer};
use crate::patterns::{self, N_PATTERNS};
use crate::transcript::Window;

/// (pattern id, phrases in the judged turn, phrases required in the context or empty).
const RULES: [(&str, &str, &str); 7] = [
    (
        "cost_concealment",
        r"(tariff|fee|price|bill|cost|pay|plan)\w* (stays|stay|remains|won't|doesn't|does not|is) (the same|change|go up|move)|nothing extra|no (additional|extra) (cost|charge|fee)|won't notice|don't worry about (the )?(money|fee|price|cost)|资费不变|套餐不变|(价格|费用|月租|话费|资费|套餐费)是?(不变|没变|一样|不会变|不会涨|不动)|不(会)?额外(收|扣)|没有任何费用|原来多少钱?还是多少|不影响您?的?(资费|话费|套餐)",
        "",
    ),
    (
        "fake_cancellation",
        r"(start|starts|will) (charg|deduct|bill)\w*.*cancel|cancel it for you|(shall|should|can) i cancel|(trial|gift|gifted|free) \w+ (membership|package|service).*(charg|cancel)|press one to cancel|(下个月|下月|明天)开始?就?要?(收费|扣费|扣钱)|帮您(取消|退订|关闭|关掉)|(要|需要)(取消|退订)(吗|的话)|(赠送|免费)的?.{0,8}(会员|业务|套餐).{0,16}(收费|扣费|取消|退订)|按[1一](取消|退订)",
        "",
    ),
    (
        "fake_reward",
        r"star user|selected|you('ve| have)? been (chosen|picked|rated|upgraded)|loyal(ty)? (customer|user|reward)|vip|lucky|reward|as a thank you|congratulations|星级用户|[一二三四五1-5]星(级|用户|客户|会员)|回馈|赠送|免费(送|领取|升级)|恭喜|幸运|被选中|抽中|中奖|奖励",
        "",
    ),
    (
        "code_request",
        r"(read|tell|give|repeat|say|forward|send)\w*( it| them| that)?( back| out)?( to)? (me|us)\b|(read|tell|give|repeat|say|forward)\w* (me |us )?(the |your |that |this )?(\w+ ){0,3}(code|digits|numbers)\b|what('s| is| does) (the|it) (code|say)|(验证码|校验码|短信码|动态码).{0,16}(念|读|告诉|报|说)|(念|读|告诉|报|说)(一下|给我|下).{0,8}(验证码|码|数字)|6位数?.{0,12}(念|读|告诉|报)",
        "",
    ),
    (
        "consent_bypass",
        r"i('ve| have)? (activated|added|registered|enrolled|signed|submitted|processed|switched)|no need to confirm|on your behalf|sign (it )?for you|take that as a yes|(已经|我)(帮|给)您(办理|开通|登记|提交|办好|签|确认)|帮您(签|确认)|代您?签|不用您?确认|默认您?同意|就当您同意",
        "",
    ),
    (
        "pressure",
        r"only (for )?today|right now|decide now|last chance|suspend|cut off|shut down|restricted|expires?|you (must|have to|really need to)|今天(最后|截止)|仅限今天|最后一天|立即|立刻|停机|冻结|封号|销号|过期|(必须|一定要)(现在|今天)",
        "",
    ),
    (
        "abuse",
        r"stupid|idiot|dumb|fool|shut up|waste (my|everybody's) time|pathetic|useless customer|annoying|你(是不是|是)?(傻|蠢|笨)|神经病|有病吧|脑子(有问题|进水)|滚|闭嘴|废物|浪费我?的?时间|听不懂人话",
        "",
    ),
];

pub struct Rules {
    compiled: Vec<Regex>,
}

impl Default for Rules {
    fn default() -> Self {
        Self::new()
    }
}

impl Rules {
    pub fn new() -> Self {
        let compiled = patterns::PATTERNS
            .iter()
            .map(|p| {
                let (_, re, _) = RULES
                    .iter()
                    .find(|r| r.0 == p.id)
                    .expect("a rule per pattern");
                Regex::new(re).expect("rules are valid regexes")
            })
            .collect();
        Self { compiled }
    }

    pub fn score_one(&self, w: &Window) -> [f32; N_PATTERNS] {
        let mut s = [0f32; N_PATTERNS];
        for (i, re) in self.compiled.iter().enumerate() {
            if re.is_match(&w.target) {
                s[i] = 1.0;
            }
        }
        s
    }
}

impl Scorer for Rules {
    fn name(&self) -> String {
        "rules".into()
    }
    fn score(&self, windows: &[Window]) -> Result<Vec<[f32; N_PATTERNS]>, ClassifierError> {
        Ok(windows.iter().map(|w| self.score_one(w)).collect())
    }
    fn thresholds(&self) -> [f32; N_PATTERNS] {
        [0.5; N_PATTERNS]
    }
    fn for_language(&self, _: crate::language::Language) -> Result<&dyn Scorer, ClassifierError> {
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flags(text: &str) -> Vec<&'static str> {
        let w = Window {
            sentence: None,
            turn: 0,
            context: String::new(),
            target: crate::textnorm::normalize_text(text),
        };
        let s = Rules::new().score_one(&w);
        patterns::PATTERNS
            .iter()
            .zip(s)
            .filter(|(_, v)| *v > 0.5)
            .map(|(p, _)| p.id)
            .collect()
    }

    #[test]
    fn each_rule_fires_on_its_textbook_phrase() {
        assert_eq!(
            flags("We add 15G a month and your package tariff stays the same."),
            ["cost_concealment"]
        );
        assert_eq!(
            flags("10086 will text you a six-digit code, read it to me"),
            ["code_request"]
        );
        assert_eq!(flags("You've been rated a star user!"), ["fake_reward"]);
        assert_eq!(flags("okay, I've activated it for you"), ["consent_bypass"]);
        assert_eq!(flags("this offer is only today"), ["pressure"]);
        assert_eq!(flags("are you stupid?"), ["abuse"]);
        assert!(
            flags("a gifted video membership starts charging next month, shall I cancel it?")
                .contains(&"fake_cancellation")
        );
        assert!(flags("thank you, have a nice day").is_empty());
        assert_eq!(flags("您的套餐资费不变"), ["cost_concealment"]);
        assert_eq!(flags("您是我们的星级用户"), ["fake_reward"]);
        assert_eq!(flags("您把验证码念一下"), ["code_request"]);
        assert_eq!(
            flags("10086给您发了个验证码，您念给我听一下"),
            ["code_request"]
        );
        assert!(flags("我用的是三星手机").is_empty());
        assert_eq!(flags("我已经帮您办理好了"), ["consent_bypass"]);
        assert_eq!(flags("你是不是傻"), ["abuse"]);
        assert_eq!(flags("不处理的话明天就停机"), ["pressure"]);
        assert!(flags("视频会员下个月开始收费，我帮您取消").contains(&"fake_cancellation"));
        assert!(flags("好的，祝您生活愉快").is_empty());
    }
}
