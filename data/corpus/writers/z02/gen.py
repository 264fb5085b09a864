#!/usr/bin/env python3
"""z02 generator: writes calls.jsonl = hand.jsonl + generated calls.
Deterministic (fixed seed), Python 3 standard library only, own phrase banks."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20240602)
N_SCAM, N_HONEST = 160, 132

OPS = [("中国移动", "10086", "移动"), ("中国联通", "10010", "联通"), ("中国电信", "10000", "电信")]


USED = set()


def pick(xs):
    """choose a phrase; long phrases are not repeated within one call"""
    for _ in range(12):
        x = R.choice(xs)
        if not isinstance(x, str) or len(x) < 9 or x not in USED:
            break
    USED.add(x)
    return x


def sents(*pools, k=None):
    """join one sentence from each pool (pools may be lists of str)"""
    return "".join(pick(p) for p in pools)


class Ctx(dict):
    def f(self, s):
        return s.format(**self)


def new_ctx():
    op, hot, short = pick(OPS)
    return Ctx(op=op, hot=hot, short=short, wid=R.randint(1000, 9999), tail=R.randint(1000, 9999),
               g=pick([10, 15, 20, 25, 30, 40]), mins=pick([100, 200, 300, 500]),
               fee=pick([9.9, 12, 15, 19.9, 25, 29, 30]), yfee=pick([198, 298, 388, 588, 1499]),
               star=pick(["四", "五", "三"]), years=pick([6, 8, 10, 12, 15]),
               level=pick(["钻石", "金卡", "VIP", "尊享", "白金"]),
               member=pick(["视频会员", "音乐会员", "云盘会员", "视频彩铃", "炫铃业务", "阅读包月",
                            "安全管家", "游戏加速包", "来电秀", "权益会员"]),
               price=pick([10, 15, 20, 30]), base=pick([38, 49, 58, 59, 79, 89]),
               hon=pick(["先生", "女士", "阿姨", "叔叔", "大哥", "大姐"]))

# ---------------------------------------------------------------- customer
BC = ["嗯。", "哦。", "啊？", "什么？", "嗯……", "哦，嗯。", "喂？", "嗯嗯。", "……", "啊？什么？", "你说。",
      "哦哦。", "嗯，然后呢？", "啊，是吗？", "哦，这样啊。"]
BC_SOFT = ["嗯。", "嗯……", "嗯嗯。", "哦，嗯。"]
BC_MIN = ["嗯。", "哦。", "嗯……", "……", "啊？", "嗯嗯。"]
REFUSE = ["不需要。", "不用了，谢谢。", "我不要。", "不办，谢谢。", "不用，我现在挺好的。", "我不感兴趣。",
          "不需要，别打了。", "我不办。"]
REFUSE2 = ["我说了不需要。", "真的不用。", "我已经说了不要了。", "不要，我挂了。", "你别说了，我不办。",
           "我说了不办！", "说几遍了，不要。"]
PRICE_Q = ["那要多少钱？", "真的不要钱吗？", "多少钱你说清楚。", "那月租变不变？", "有没有什么条件？",
           "不会多扣钱吧？", "你先说多少钱。", "那每个月到底交多少？", "免费的？"]
PRICE_Q2 = ["你还是没说多少钱。", "我就问你一个数。", "到底多少？", "那我不办了，说不清楚。"]
HESITATE = ["短信上写着不要告诉别人啊。", "要验证码干什么？", "我看不太清……", "我问一下我家里人。",
            "这个验证码能给你吗？", "我找一下……", "嗯……收到了。", "我自己去营业厅办吧。"]
DENY = ["我没开过啊。", "什么会员？我不知道啊。", "我从来没办过这个。", "啊？什么时候开的？"]
OKCANCEL = ["哦，那取消吧。", "那你帮我取消。", "取消，取消。", "那关了吧。", "嗯，那不要了。"]

# ---------------------------------------------------------------- agent, scam
OPEN = [
    "喂，您好，这边是{op}客服中心，工号{wid}，打扰您一分钟时间。",
    "您好，我这边是{op}{hot}客服，请问是尾号{tail}的机主吗？",
    "喂，您好，能听清吗？这里是{op}{hot}，给您来电是有件事跟您说一下。",
    "您好，{op}客户服务中心，我是您的专属客户经理，工号{wid}。",
    "您好，打扰了，这里是{op}{short}客服，请问您是机主本人吧？",
    "{hon}您好，我是{short}公司的，您这个号码是我们的老用户了吧？",
    "喂，{hon}您好，这边{short}客服，耽误您两分钟，有个事情通知您。",
]
REWARD_HOOK = [
    "系统显示您是我们的{star}星级用户，在网时间长、信誉也好，公司这个月专门回馈老用户。",
    "恭喜您，您的号码被评为{short}{level}用户，这次有一个专属福利只给您这样的老客户。",
    "您的号码在本月的老用户回馈活动中被系统抽中了，全市就几百个名额。",
    "为了感谢您多年的支持，公司给您申请了一份感恩回馈礼包，是定向邀请的。",
    "您这个号码用了{years}年了，属于我们的优质客户，今天打电话是专门给您送福利的。",
    "您被选为我们本季度的忠诚用户，可以领取一份老用户专享权益。",
]
BENEFIT = [
    "每个月给您额外增加{g}G全国通用流量，连送十二个月。",
    "每月再加送您{mins}分钟国内通话，给家里人打电话不用算时间了。",
    "流量每月增加{g}G，另外还送您一个视频会员，每个月都能领。",
    "通话和流量都翻一倍，当月用不完还可以结转到下个月。",
    "这个在营业厅是办不到的，普通用户也没有这个名额。",
    "很多老用户都已经领了，反馈都非常好。",
]
PLAIN_PITCH = [
    "给您介绍一个新推出的5G套餐，流量通话都比您现在的多很多。",
    "您现在用的是老套餐，流量少价格还贵，我们给您升级一个更划算的。",
    "现在有个宽带加手机的融合套餐，全家人都能用，网速也快。",
    "我们给您的宽带免费提速，从100兆升到500兆，看视频打游戏都不卡。",
    "现在有个流量不限量的套餐，用多少都不用担心超出。",
]
COST = [
    "您原来的套餐资费不变，每个月该交多少还是交多少，不会多扣您一分钱。",
    "这个是直接叠加在您现有套餐上的，月租一分不变，相当于白送。",
    "费用方面您完全放心，基本上跟您现在差不多，您看账单是感觉不到的。",
    "短信里可能会显示一个新的套餐名称和价格，那个是系统名称，跟您实际交的没关系。",
    "多出来的那一点点会用话费券抵扣掉，您等于没花钱。",
    "首月是免费的，后面也就是很少的一点钱，从话费里扣，您基本不会注意到。",
    "这个是免费给您的，不收您任何费用，您放心用就行。",
]
DODGE = [
    "价格这个您不用担心，反正肯定是划算的，很多老用户办了都说好。",
    "具体的数字系统会自动匹配，我这边看不到，您放心，差别不大。",
    "这个短信里都会写的，我电话里说了您也记不住，总之不会让您吃亏。",
    "就几块钱的事，跟您拿到的流量比起来根本不算什么，您就别纠结了。",
    "您问的那个是原价，您是老用户有专属优惠，实际跟现在基本一样。",
    "这个要根据您的情况来定，总之是给老用户的优惠，肯定比您现在划算。",
]
CONSENT = [
    "好的，那我这边就直接帮您办理了，下个月1号自动生效，短信不用回复。",
    "您没说不要，我就当您同意了，已经给您登记好了。",
    "好的，您说了“嗯”就是同意了，我这边已经帮您确认提交了。",
    "那我先给您开通上，您不满意下个月再退，已经开通好了。",
    "没问题，我这边替您在系统里点了确认，电子协议也帮您签好了。",
    "好的，已经帮您办好了，您什么都不用操作，正常使用就行。",
    "信号不太好，那我就默认您同意了，帮您提交了，您留意一下短信。",
]
CLOSE = ["感谢您的接听，祝您生活愉快，再见。", "那就这样，有问题再打{hot}，再见。", "行，那就先这样，再见。",
         "好的，不打扰您了，再见。", "祝您生活愉快。"]
LISTEN = ["您在听吗？", "喂？您还在吗？", "您能听到吧？", "我说的您明白吧？"]
FAKE_CANCEL = [
    "系统显示您之前赠送的{member}免费期到这个月底就结束了，下个月开始每月要扣{fee}元。",
    "您的号码开通了一个{member}，体验期已经到了，从下个月起按月收费，每月{fee}元。",
    "您账户有一笔{member}年费{yfee}元，将于今晚24点自动扣款。",
    "您办套餐的时候营业厅给您捆绑了一个{member}，每月{fee}元，一直在扣，您可能都没注意到。",
    "您的号码上个月被第三方开通了{member}，已经扣了您两个月的费用了。",
]
FAKE_CANCEL_OFFER = [
    "您要是不用的话，我现在帮您取消掉，取消是免费的。",
    "需要帮您取消吗？不取消的话就一直连续包月扣下去了。",
    "我这边打电话就是帮您关掉它的，关掉以后就不会再扣了。",
    "我现在给您提交取消申请，已经扣的钱也能给您申请退回来。",
]
FAKE_CANCEL_AGAIN = [
    "对，很多用户都不知道，是系统默认给您带上的，不取消的话下个月就扣了。",
    "系统里是有记录的，可能是您之前点过什么链接，没关系，我帮您取消就行。",
    "有可能是您家里人用您手机点的，这个很常见，我这边帮您处理掉。",
]
CODE = [
    "{hot}马上会给您发一条短信，里面有一个六位数的验证码，您收到后直接念给我就行。",
    "等一下您会收到一个验证码，您把数字报给我，我这边帮您输入系统就完成了。",
    "您看一下刚收到的那条短信，把里面的验证码从第一位开始读给我。",
    "需要验证一下机主身份，您把收到的四位数验证码告诉我一下。",
    "您直接把刚收到的那条短信转发到我这个号码上也行，我这边核对一下。",
    "麻烦您报一下您的六位服务密码，我在系统里帮您操作。",
    "您会收到两条短信，两个验证码都念给我，我这边一起提交。",
]
CODE_EASE = [
    "短信上写的不要告诉别人，那是统一模板，我们是官方的，告诉我们没关系。",
    "短信里写的“办理业务”您不用管，直接念数字就行。",
    "您就念一下，一分钟就弄好了，不会扣您钱的。",
    "对，就是那几个数字，您慢慢念，我这边记一下。",
]
CODE_RUSH = [
    "快一点，验证码五分钟就失效了，失效了就办不了了。",
    "您别挂电话，我在等您，今天不处理明天就扣费了。",
    "要快啊，系统马上就出账了，出了账钱就退不回来了。",
    "这个名额过了今天就没有了，您赶紧念一下。",
]
THREAT = [
    "系统显示您的号码有一项业务长期没有处理，再不处理下个月有可能会被停机。",
    "您的号码被系统列入了待回收名单，不处理的话号码就会被收回，绑定的银行卡都要改。",
    "您的号码实名信息需要重新核验，今天是最后一批，不核验明天就单向停机。",
    "您这个老套餐月底就下架了，下架后会自动转成最高档的标准资费，每个月要多交一百多。",
    "这件事如果今天不处理，会上报到信用系统，以后办贷款都会受影响。",
]
PRESSURE = [
    "您先别着急拒绝，这个名额今天就截止了，过了今天就没有了。",
    "{hon}您再考虑一下，这么好的事别人想办都办不了，您现在不办以后就后悔了。",
    "我都已经把申请单给您填好了，就差提交了，您现在不要我就白忙活了。",
    "就占用您一分钟，我给您把流程走完，保证您不吃亏。",
    "您现在够用不代表以后够用，先办上总没有坏处吧？",
    "您这样就把名额浪费了，我是花了功夫才给您申请下来的，我再等您一分钟。",
    "今天是活动最后一天，您现在不定，明天就按原价了。",
]
ABUSE = [
    "你这人怎么回事啊，我好心给你介绍优惠，你连听都不听完？",
    "真是浪费我时间，没见过你这么不识好歹的人。",
    "送你东西都不要，你是不是脑子有问题？",
    "你耳朵是不是不好使？我说了半天你听懂了没有？",
    "跟你说不明白，你们这种人就活该多交钱。",
    "你挂啊，有本事你挂，以后有事别来求我们。",
    "问这么多干嘛？疑神疑鬼的，活该你拿不到优惠。",
]
ABUSE_NO = ABUSE + ["行行行，不要拉倒，穷就直说。", "一个月多几块钱都舍不得，你这日子过得也太抠了。",
                    "说了半天白说，你这种人我见多了。"]
CONSENT_AFTER_NO = ["我这边还是先给您登记上了，下个月生效，您不用管。",
                    "我已经替您提交了，您想退自己去营业厅退吧。",
                    "我还是按流程给您办上了，系统已经确认了，改不了。",
                    "反正不要钱，我先给您开上了，已经办好了。"]
FAKE_CANCEL_BYPASS = ["好的，取消的同时系统会给您换成一个新的权益包，我这边已经一并帮您确认了，您不用管。",
                      "好的，我这边已经替您提交了，顺带给您开了一个保障服务，下个月生效，短信不用回。",
                      "好的，已经帮您处理好了，系统会给您转成优惠版，我替您点了确认。"]
SCAM_FILL = [
    "这个是我们{short}官方的活动，您放心。",
    "我这边也是按公司要求一个个通知的。",
    "很多用户都已经办了，反馈都很好。",
    "整个过程不用您去营业厅，电话里就能办好。",
]


def consent_after(prefix):
    x = pick(CONSENT)
    for pre in ("好的，", "没问题，", "那"):
        if x.startswith(pre):
            x = x[len(pre):]
    return prefix + x


def T(spk, text, labels=()):
    return {"speaker": spk, "text": text, "labels": sorted(set(labels))}


def A(c, text, *labels):
    return T("agent", c.f(text), labels)


def C(text):
    return T("customer", text)


def ending(c, turns, p_close=0.6):
    if R.random() < p_close:
        turns.append(A(c, pick(CLOSE)))


def refusal_tail(c, turns):
    """customer refuses, agent pushes 1-2 times, maybe abuse, maybe bypass"""
    turns.append(C(pick(REFUSE)))
    turns.append(A(c, pick(PRESSURE) + (pick(SCAM_FILL) if R.random() < 0.4 else ""), "pressure"))
    if R.random() < 0.6:
        turns.append(C(pick(REFUSE2)))
        turns.append(A(c, pick(PRESSURE), "pressure"))
    r = R.random()
    turns.append(C(pick(REFUSE2 + ["……", "你别打了。", "我要挂了。"])))
    if r < 0.55:
        turns.append(A(c, pick(ABUSE_NO) + (pick(ABUSE_NO) if R.random() < 0.3 else ""), "abuse"))
    elif r < 0.75:
        turns.append(A(c, "行吧，" + pick(CONSENT_AFTER_NO), "consent_bypass"))
    else:
        turns.append(A(c, "好吧，那打扰您了。"))


def scam_reward_cost(c):
    t = [A(c, pick(OPEN)), C(pick(BC))]
    t.append(A(c, pick(REWARD_HOOK) + "".join(R.sample(BENEFIT, 2)), "fake_reward"))
    t.append(C(pick(BC)))
    t.append(A(c, pick(COST) + (pick(SCAM_FILL) if R.random() < 0.5 else ""), "cost_concealment"))
    if R.random() < 0.6:
        t.append(C(pick(PRICE_Q)))
        t.append(A(c, pick(DODGE), "cost_concealment"))
        if R.random() < 0.4:
            t.append(C(pick(PRICE_Q2)))
            t.append(A(c, pick(DODGE) + pick(PRESSURE), "cost_concealment", "pressure"))
    r = R.random()
    if r < 0.5:
        t.append(C(pick(BC_SOFT)))
        t.append(A(c, pick(CONSENT), "consent_bypass"))
        if R.random() < 0.4:
            t.append(C(pick(["啊？", "我还没说要啊。", "什么？办了？"])))
            t.append(A(c, pick(["已经办好了，您放心用就行。", "系统已经提交了，现在取消要收违约金的，您先用着。",
                                "没关系的，就是给您多送东西，您不用管。"]), "consent_bypass"))
        ending(c, t)
    else:
        refusal_tail(c, t)
    return t


def scam_fake_cancel(c):
    t = [A(c, pick(OPEN)), C(pick(BC + ["是，什么事？"]))]
    t.append(A(c, pick(FAKE_CANCEL) + pick(FAKE_CANCEL_OFFER), "fake_cancellation"))
    if R.random() < 0.6:
        t.append(C(pick(DENY)))
        t.append(A(c, pick(FAKE_CANCEL_AGAIN), "fake_cancellation"))
    t.append(C(pick(OKCANCEL + BC_MIN)))
    r = R.random()
    if r < 0.75:
        t.append(A(c, pick(CODE), "code_request"))
        t.append(C(pick(HESITATE)))
        if R.random() < 0.5:
            t.append(A(c, pick(CODE_EASE) + pick(CODE_RUSH), "code_request", "pressure"))
        else:
            t.append(A(c, pick(CODE_EASE), "code_request"))
        if R.random() < 0.35:
            t.append(C(pick(["算了，我自己去营业厅问。", "我不念了。", "我还是自己打" + c["hot"] + "问吧。"])))
            t.append(A(c, pick(ABUSE), "abuse"))
    else:
        t.append(A(c, pick(FAKE_CANCEL_BYPASS), "consent_bypass"))
        ending(c, t)
    return t


def scam_threat_code(c):
    t = [A(c, pick(OPEN)), C(pick(BC))]
    t.append(A(c, pick(THREAT) + pick(SCAM_FILL), "pressure"))
    t.append(C(pick(["啊？那怎么办？", "什么？", "要停机？", "那要怎么处理？", "啊？"])))
    if R.random() < 0.5:
        t.append(A(c, pick(CODE), "code_request"))
    else:
        t.append(A(c, pick(["您别着急，给您加一个保号套餐就行。", "处理很简单，给您的套餐做个迁移就可以。"]) + pick(COST),
                   "cost_concealment"))
        t.append(C(pick(PRICE_Q + BC_MIN)))
        t.append(A(c, pick(DODGE) + pick(CODE), "code_request", "cost_concealment"))
    t.append(C(pick(HESITATE)))
    t.append(A(c, pick(CODE_RUSH) + pick(CODE_EASE), "code_request", "pressure"))
    if R.random() < 0.4:
        t.append(C(pick(["我还是去营业厅吧。", "我不说了。", "我问问我儿子。"])))
        t.append(A(c, pick(ABUSE), "abuse"))
    return t


def scam_upsell_dodge(c):
    t = [A(c, pick(OPEN)), C(pick(BC))]
    t.append(A(c, pick(PLAIN_PITCH) + pick(SCAM_FILL)))
    t.append(C(pick(PRICE_Q)))
    t.append(A(c, pick(DODGE), "cost_concealment"))
    t.append(C(pick(PRICE_Q2)))
    t.append(A(c, pick(DODGE) + pick(PRESSURE), "cost_concealment", "pressure"))
    if R.random() < 0.5:
        refusal_tail(c, t)
    else:
        t.append(C(pick(BC_SOFT)))
        t.append(A(c, pick(CONSENT), "consent_bypass"))
        ending(c, t)
    return t


def scam_silent(c):
    t = [A(c, pick(["喂？喂？您好，能听到吗？", "喂，您好？"]) + c.f(pick(OPEN))), C(pick(["嗯。", "喂？", "……"]))]
    t.append(A(c, pick(REWARD_HOOK) + pick(BENEFIT), "fake_reward"))
    t.append(A(c, pick(COST) + pick(LISTEN), "cost_concealment"))
    if R.random() < 0.5:
        t.append(C(pick(BC_SOFT)))
    t.append(A(c, pick(CONSENT), "consent_bypass"))
    ending(c, t, 0.4)
    return t


def scam_reward_code(c):
    t = [A(c, pick(OPEN)), C(pick(BC))]
    t.append(A(c, pick(["您账户上有一笔{price}0元的话费返还一直没有领取，今天是最后期限。",
                        "您的积分今晚12点就要清零了，可以给您兑换成话费或者礼品。",
                        "您在我们的老用户抽奖里抽中了一份礼品，需要确认一下领奖。",
                        "参加满意度回访的用户都可以领取一份话费答谢，我这边帮您领取。"]) + pick(REWARD_HOOK),
               "fake_reward"))
    t.append(C(pick(["哦，那怎么领？", "真的？", "嗯。", "啊？"])))
    t.append(A(c, pick(CODE) + pick(["这个完全免费，不会扣您钱。", ""]), "code_request"))
    t.append(C(pick(HESITATE)))
    t.append(A(c, pick(CODE_EASE) + pick(CODE_RUSH), "code_request", "pressure"))
    if R.random() < 0.45:
        t.append(C(pick(["算了，我不要了。", "我不领了。", "你们不是说不能告诉别人吗？"])))
        t.append(A(c, pick(ABUSE), "abuse"))
    return t


def scam_refusal_abuse(c):
    t = [A(c, pick(OPEN)), C(pick(BC))]
    t.append(A(c, pick(PLAIN_PITCH) + pick(COST), "cost_concealment"))
    t.append(C(pick(REFUSE)))
    t.append(A(c, pick(PRESSURE), "pressure"))
    t.append(C(pick(REFUSE2)))
    t.append(A(c, pick(PRESSURE) + pick(PRESSURE), "pressure"))
    t.append(C(pick(REFUSE2 + ["你再打我就投诉了。"])))
    t.append(A(c, pick(ABUSE_NO) + pick(ABUSE_NO), "abuse"))
    return t


def scam_marathon(c):
    """long call: lure, dodge, code, several refusals, pressure, scolding"""
    t = [A(c, pick(OPEN)), C(pick(BC_MIN))]
    if R.random() < 0.5:
        t.append(A(c, pick(REWARD_HOOK) + "".join(R.sample(BENEFIT, 2)), "fake_reward"))
    else:
        t.append(A(c, pick(FAKE_CANCEL) + pick(FAKE_CANCEL_OFFER), "fake_cancellation"))
    for _ in range(R.randint(1, 3)):
        t.append(C(pick(BC_MIN)))
        t.append(A(c, pick(SCAM_FILL) + pick(COST), "cost_concealment"))
    t.append(C(pick(PRICE_Q)))
    t.append(A(c, pick(DODGE), "cost_concealment"))
    t.append(C(pick(PRICE_Q2)))
    t.append(A(c, pick(DODGE) + pick(CODE), "code_request", "cost_concealment"))
    for _ in range(R.randint(1, 3)):
        t.append(C(pick(HESITATE + REFUSE)))
        t.append(A(c, pick(CODE_EASE + CODE_RUSH) + pick(PRESSURE), "code_request", "pressure"))
    for _ in range(R.randint(0, 2)):
        t.append(C(pick(BC_MIN)))
        t.append(A(c, pick(LISTEN) + pick(CODE_RUSH), "code_request", "pressure"))
    t.append(C(pick(REFUSE2)))
    t.append(A(c, pick(ABUSE), "abuse"))
    if R.random() < 0.5:
        t.append(C(pick(["……", "你怎么骂人呢？", "我要投诉你。"])))
        t.append(A(c, pick(ABUSE) + "算了，" + pick(CONSENT_AFTER_NO), "abuse", "consent_bypass"))
    return t


SCAMS = [(scam_marathon, 12), (scam_reward_cost, 30), (scam_fake_cancel, 26), (scam_threat_code, 12), (scam_upsell_dodge, 10),
         (scam_silent, 9), (scam_reward_code, 8), (scam_refusal_abuse, 7)]

# ---------------------------------------------------------------- honest
NO_CODE = ["我们不会向您索要验证码或密码，请勿向任何人透露验证码。",
           "{hot}的工作人员任何时候都不会让您报验证码，如果有人这样要求请直接挂断。",
           "这通电话不需要您提供任何验证码。",
           "请注意，验证码只能您自己使用，请勿向任何人透露，包括我们客服。"]
H_OPEN = ["您好，这里是{op}{hot}，工号{wid}，请问是尾号{tail}的机主吗？",
          "您好，我是{op}{hot}客服，工号{wid}，打扰您一下。",
          "{hon}您好，这里是{op}{hot}，工号{wid}。"]
H_ACK = ["嗯，是我。", "是，什么事？", "嗯。", "对，你说。", "哦，你好。"]
H_BYE = ["好的，感谢您的接听，再见。", "好的，祝您生活愉快，再见。", "不客气，再见。", "好的，打扰您了，再见。"]
H_EXTRA = [  # optional neutral Q&A pairs to vary length
    ("那我在哪里能查到？", "您可以在{short}App的“我的”页面查看，也可以发短信到{hot}查询。"),
    ("你们是官方的吧？", "是的，您可以挂断后自己拨打{hot}核实，我们这边的工号是{wid}。"),
    ("会收我钱吗？", "这个不会产生任何费用。"),
    ("那要我做什么吗？", "不需要您做任何操作。"),
    ("能发个短信给我吗？", "可以，通话结束后会给您发一条短信说明。"),
    ("我家里人的号码也是这样吗？", "每个号码情况不一样，您家里人可以自己拨打{hot}查询。"),
    ("我现在的套餐是多少钱来着？", "您现在是每月{base}元的套餐，这通电话不会改变它。"),
    ("你们怎么有我电话的？", "您是我们的用户，这个号码就是您在{short}登记的号码，如果不想接到此类电话可以告诉我们登记免打扰。"),
    ("那以后还会打电话吗？", "如果您不希望接到电话，我可以帮您登记，以后改为短信通知。"),
    ("我能去营业厅问吗？", "当然可以，您带上身份证到任意{short}营业厅都可以咨询。"),
    ("我老是接到说是你们客服的电话，让我念验证码。", "那些不是我们，{hot}不会让您念验证码，请直接挂断，可以记下号码举报。"),
    ("上个月的账单能查吗？", "可以，您在App里“账单”页面就能看到明细，也可以发短信到{hot}查询。"),
    ("我流量还剩多少？", "您本月剩余流量大约还有" + "{g}" + "G，可以在App首页随时查看。"),
]


def bye():
    x = pick(H_BYE)
    return x[3:] if x.startswith("好的，") else x


def extras(c, t, lo=0, hi=3, skip=()):
    pool = [qa for qa in H_EXTRA if qa[0] not in skip]
    for q, a in R.sample(pool, R.randint(lo, hi)):
        t.append(C(q))
        t.append(A(c, a))


def h_bill(c):
    hn = R.random() < 0.5
    t = [A(c, pick(H_OPEN)), C(pick(H_ACK))]
    t.append(A(c, pick(["提醒您一下，您本月话费余额是{price}.5元，按您每月{base}元的月租，月底扣费时可能不足。",
                        "您的号码目前欠费{price}元，提醒您及时缴费。",
                        "您本月账单已经出了，金额是{base}元，将在本月20日从您绑定的账户扣款。"]) +
               pick(["您可以通过{short}App、微信或营业厅缴费。", "缴费请认准官方渠道。"]) +
               (pick(NO_CODE) if hn else "")))
    t.append(C(pick(["哦，好。", "嗯，知道了。", "好，我一会儿交。"])))
    extras(c, t, 0, 2)
    t.append(A(c, pick(H_BYE)))
    return t, hn


def h_offer_yes(c):
    t = [A(c, pick(H_OPEN)), C(pick(H_ACK))]
    t.append(A(c, pick(["看到您最近几个月流量都超出了套餐，",
                        "您是我们的老用户，有一个流量包想跟您介绍一下，",
                        "我们现在有一个加量包活动，"]) +
               "每月{price}元，增加{g}G国内通用流量，需要每月额外支付{price}元，会体现在账单上，可以随时在App里退订。"))
    t.append(C(pick(["每月{price}块是吧？".format(**c), "要额外交钱的对吧？", "嗯，合约期多久？"])))
    t.append(A(c, "对，每月额外多收{price}元，不是免费的，没有合约期，下个月1号生效。您需要办理吗？不需要也完全没关系。"))
    if R.random() < 0.4:
        t.append(C("我考虑一下……"))
        t.append(A(c, "好的，您慢慢考虑，不着急。"))
    t.append(C(pick(["好的，我同意办理。", "可以，我同意办理，每月{price}元。".format(**c), "行，办吧，我同意。"])))
    t.append(A(c, "好的，跟您确认一下：您同意办理每月{price}元的{g}G流量包，下个月生效，稍后{hot}会发确认短信。" +
               pick(["感谢您的支持。", "整个过程不需要您提供验证码。"])))
    extras(c, t, 0, 1)
    return t, True


def h_offer_no(c):
    t = [A(c, pick(H_OPEN)), C(pick(H_ACK))]
    t.append(A(c, pick(["有一个5G升级优惠想跟您介绍：从您现在的{base}元套餐升一档，每月多{price}元，流量多{g}G。",
                        "我们有一个宽带提速的活动，提速到500兆，每月多{price}元，需要额外付费。"])))
    t.append(C(pick(REFUSE)))
    if R.random() < 0.6:
        t.append(A(c, pick(["好的，请问是价格不合适还是暂时用不上呢？我们只是了解一下。",
                            "好的，明白。需要的话您以后可以在App里自己看看。"])))
        t.append(C(pick(["用不上。", "暂时不需要。", "就是不需要。"])))
    t.append(A(c, "好的，没有给您做任何变更，您的套餐保持不变。" + bye()))
    return t, True


def h_cancel_request(c):
    t = [C(pick(["你好，我想取消一个每个月扣钱的{member}。", "喂，我话费里有个{member}，我不想要了，帮我退掉。",
                 "我想查一下有个{member}是怎么回事，不要了。"]).format(**c))]
    t.append(A(c, "您好，这里是{op}{hot}，工号{wid}。我帮您查一下……您的号码在今年" + str(R.randint(1, 9)) +
               "月订购了{member}，每月{fee}元，订购记录显示是在App上操作的。"))
    t.append(C(pick(["对，就是这个，取消吧。", "哦，可能是我自己点的，退了吧。", "不要了，取消。"])))
    t.append(A(c, "好的，跟您确认一下，您要取消每月{fee}元的{member}，取消后下个月起不再扣费，对吗？"))
    t.append(C(pick(["对，取消。", "确认取消。", "是的。"])))
    t.append(A(c, "已经为您退订成功，稍后会收到短信。" + pick(["退订不需要提供验证码。", "这个操作不需要您提供任何验证码。",
                                                 "如果有人打电话说要帮您取消并索要验证码，请不要相信。"])))
    extras(c, t, 0, 1)
    t.append(C(pick(["好的，谢谢。", "没了，谢谢。"])))
    return t, True


def h_realname(c):
    t = [A(c, pick(H_OPEN) + "根据实名制要求，我们在对部分用户做实名信息核对。"), C(pick(H_ACK))]
    t.append(A(c, "您的号码登记的证件尾号是" + str(R.randint(1000, 9999)) + "，请问信息是否正确？核对只需要您回答是或者不是。"))
    t.append(C(pick(["对的。", "是的。", "没错。"])))
    t.append(A(c, "好的，核对无误，谢谢配合。" + pick(NO_CODE) + "如有疑问可以自己拨打{hot}核实。"))
    extras(c, t, 0, 2)
    t.append(C(pick(["好的。", "嗯，知道了。"])))
    return t, True


def h_antifraud(c):
    t = [A(c, "您好，这里是{op}{hot}反诈提醒专线，工号{wid}，打扰您一分钟。"), C(pick(BC))]
    t.append(A(c, "近期有人冒充{short}客服，以“星级用户送流量”“会员到期要扣费”等理由给用户打电话，让用户念验证码，用来订购收费业务。"
               "请您记住，{hot}不会让您报验证码，也不会帮您“取消”您没开通过的会员。"))
    t.append(C(pick(["哦，我前几天好像就接到过。", "嗯，知道了。", "哦。"])))
    t.append(A(c, "如果接到这类电话，请直接挂断，然后自己拨打{hot}核实。这次来电不需要您做任何操作，也不会办理任何业务。"))
    extras(c, t, 0, 2)
    t.append(C("好，谢谢提醒。"))
    return t, True


def h_free_gift(c):
    t = [A(c, pick(H_OPEN)), C(pick(H_ACK))]
    t.append(A(c, pick(["为了感谢您在网满{years}年，公司给您赠送了1G国内流量，已经自动充到您的账户里了。",
                        "您是我们的{star}星级用户，生日月赠送的5元话费已经自动到账了。",
                        "因为上周网络故障影响了您的使用，公司给您补偿了2G流量，已经自动到账。"]) +
               "不需要您办理任何业务，不会改变套餐，也不会有任何后续扣费。"))
    t.append(C(pick(["哦，要钱吗？", "那要我做什么？", "真的不用办什么？"])))
    t.append(A(c, "不需要任何费用，也不需要您做任何事情，这通电话只是告知。" + pick(NO_CODE)))
    extras(c, t, 0, 2, skip=("会收我钱吗？", "那要我做什么吗？"))
    t.append(C(pick(["好的，谢谢。", "嗯，好。"])))
    return t, True


def h_outage(c):
    t = [A(c, pick(H_OPEN)), C(pick(H_ACK))]
    t.append(A(c, pick(["您所在的小区今晚11点到明早5点要做线路维护，期间宽带可能中断。",
                        "您所在区域的基站今天凌晨要做设备升级，手机信号可能会短暂中断。"]) +
               "维护结束后会自动恢复，不需要您做任何操作。"))
    t.append(C(pick(["哦，好的。", "嗯，知道了。", "要多久？"])))
    t.append(A(c, "如果之后还不能使用，重启一下设备，还不行的话拨打{hot}报修。给您带来不便非常抱歉。"))
    extras(c, t, 0, 1)
    t.append(A(c, pick(H_BYE)))
    return t, False


def h_app_code(c):
    t = [C(pick(["你好，我在App上办业务，它让我输验证码，我不知道在哪输。", "喂，App登录要验证码，我收到了，然后呢？"]))]
    t.append(A(c, "您好，这里是{op}{hot}，工号{wid}。您在App页面上会看到一个验证码输入框，手机会收到{hot}发的短信。"))
    t.append(C("嗯，收到了。"))
    t.append(A(c, "您直接把短信里的数字输到App的输入框里就可以，不用告诉我。" + pick(NO_CODE)))
    t.append(C(pick(["好，输进去了，成功了。", "好了，登上了。"])))
    extras(c, t, 0, 1)
    t.append(A(c, pick(H_BYE)))
    return t, True


def h_survey(c):
    t = [A(c, "您好，这里是{op}{hot}服务回访，工号{wid}。" + pick(["您前几天报修的宽带故障已经处理完成，",
                                                             "您上周在营业厅办理了业务，"]) + "想占用您一分钟做个回访。"),
         C(pick(["哦，好。", "你问吧。"]))]
    t.append(A(c, "如果用1到10分打分，您对这次服务的满意度是几分？"))
    t.append(C(pick(["9分吧。", "8分。", "10分，挺好的。", "6分吧，等得有点久。"])))
    t.append(A(c, "好的，感谢您的评价，我们会继续改进。这次回访不涉及任何业务办理。"))
    extras(c, t, 0, 1)
    t.append(A(c, pick(H_BYE)))
    return t, False


def h_contract_end(c):
    t = [A(c, pick(H_OPEN)), C(pick(H_ACK))]
    t.append(A(c, "提醒您一下，您办理的优惠合约将在本月30日到期，到期后月租会从{base}元恢复为原价，每月多{price}元。"))
    t.append(C(pick(["哦。", "要涨钱啊？", "嗯。"])))
    t.append(A(c, "是的，这是当时约定的优惠期。您可以在到期前自己选择其他套餐，也可以保持不变，现在不需要您决定，我们也不会替您更改。"))
    extras(c, t, 0, 2)
    t.append(C(pick(["好，我想想。", "知道了。"])))
    t.append(A(c, pick(H_BYE)))
    return t, True


def h_autorenew(c):
    t = [A(c, pick(H_OPEN)), C(pick(H_ACK))]
    t.append(A(c, "按规定，连续包月业务续费前要提醒您：您今年订购的{member}，下个月将继续扣费{fee}元。"
               "如不需要，可以自己在App里退订，或者现在告诉我帮您退订，不需要提供验证码。"))
    if R.random() < 0.5:
        t.append(C("那还是留着吧。"))
        t.append(A(c, "好的，保持不变。" + bye()))
    else:
        t.append(C("不用了，退掉吧。"))
        t.append(A(c, "好的，跟您确认，退订{member}，下个月起不再扣费，对吗？"))
        t.append(C("对。"))
        t.append(A(c, "已为您退订成功。" + bye()))
    return t, True


def h_explicit_yes(c):
    t = [A(c, pick(H_OPEN)), C(pick(H_ACK))]
    t.append(A(c, "我们有一个每月{price}元增加{g}G流量的优惠，需要每月额外付费{price}元，请问您需要办理吗？"))
    t.append(C(pick(["嗯。", "嗯……", "哦。"])))
    t.append(A(c, "不好意思，为了保护您的权益，需要您明确说“同意办理”或者“不办理”，“嗯”我们不能当作同意。"))
    if R.random() < 0.5:
        t.append(C("那不办了。"))
        t.append(A(c, "好的，没有为您办理任何业务，套餐保持不变。" + bye()))
    else:
        t.append(C("好的，我同意办理。"))
        t.append(A(c, "好的，已为您办理每月{price}元的{g}G流量包，下个月生效，会有短信确认。" + bye()))
    return t, True


def h_overdue(c):
    t = [A(c, pick(H_OPEN)), C(pick(H_ACK))]
    t.append(A(c, "您的号码目前欠费{price}元，如果在本月25日前还没有缴费，号码会被暂停呼出，缴清后24小时内自动恢复。"))
    t.append(C(pick(["啊？", "哦，好。", "我忘交了。"])))
    t.append(A(c, "您可以通过App、微信或者营业厅缴费。" + pick(["我们不会在电话里让您转账。", ""]) + pick(NO_CODE)))
    extras(c, t, 0, 1)
    t.append(C(pick(["好，我一会儿交。", "知道了。"])))
    return t, True


def h_report_scam(c):
    t = [C("喂，" + c["hot"] + "吗？刚才有人打电话说是" + c["short"] + "客服，" +
           pick(["说我是星级用户送流量，", "说我有个会员下个月要扣费，", "说我号码要停机，"]) + "让我念验证码，我挂了。")]
    t.append(A(c, "您好，这里是{op}{hot}，工号{wid}。您挂断是对的，我们不会打电话让您念验证码。我帮您查了，您的号码没有任何新的订购记录。"))
    t.append(C(pick(["那就好。", "哦，吓我一跳。"])))
    t.append(A(c, "您可以把对方号码告诉我，我帮您登记举报。" + pick(NO_CODE)))
    extras(c, t, 0, 1)
    t.append(C("好，谢谢。"))
    return t, True


def h_repair(c):
    t = [A(c, "您好，我是{short}宽带维修的师傅，您报修的网络问题，我" + pick(["明天上午", "今天下午", "一个小时后"]) +
           "可以上门，您家里有人吗？"), C(pick(["有人。", "可以，我在家。"]))]
    t.append(A(c, "好的，维修不收费，如果需要换光猫也是免费的。您先帮我看一下光猫上哪个灯是红的？"))
    t.append(C(pick(["LOS灯在闪。", "好像都是绿的。"])))
    t.append(A(c, "好的，我到了再仔细查一下，到楼下给您打电话。"))
    return t, False


def h_long_service(c):
    """long, patient inbound service call with many questions"""
    t = [C(pick(["你好，我想问几个问题。", "喂，你好，我对我的话费有点疑问。", "你好，我家里老人的手机想咨询一下。"]))]
    t.append(A(c, "您好，这里是{op}{hot}，工号{wid}，请问有什么可以帮您？"))
    t.append(C("我现在的套餐是多少钱来着？"))
    t.append(A(c, "我帮您查一下，您现在是每月{base}元的套餐，本月没有其他新增业务，这通电话也不会改变您的套餐。"))
    extras(c, t, 4, 8, skip=("那我在哪里能查到？", "会收我钱吗？", "那要我做什么吗？", "我现在的套餐是多少钱来着？"))
    if R.random() < 0.5:
        t.append(C("那顺便帮我取消一下{member}吧，我不用了。".format(**c)))
        t.append(A(c, "好的，跟您确认，您要取消每月{fee}元的{member}，下个月起不再收费，对吗？"))
        t.append(C("对，确认取消。"))
        t.append(A(c, "已经为您退订，不需要验证码，稍后会有短信通知。"))
    t.append(C(pick(["好的，没别的了，谢谢。", "行，谢谢你啊。"])))
    t.append(A(c, pick(H_BYE)))
    return t, True


HONEST = [(h_long_service, 9), (h_bill, 12), (h_offer_yes, 12), (h_offer_no, 10), (h_cancel_request, 12), (h_realname, 8),
          (h_antifraud, 8), (h_free_gift, 9), (h_outage, 8), (h_app_code, 8), (h_survey, 7), (h_contract_end, 7),
          (h_autorenew, 8), (h_explicit_yes, 8), (h_overdue, 7), (h_report_scam, 7), (h_repair, 6)]


def wpick(table):
    tot = sum(w for _, w in table)
    x = R.uniform(0, tot)
    for fn, w in table:
        x -= w
        if x <= 0:
            return fn
    return table[-1][0]


def merge_customer(turns):
    out = []
    for t in turns:
        if out and t["speaker"] == "customer" == out[-1]["speaker"]:
            out[-1] = T("customer", out[-1]["text"] + t["text"], out[-1]["labels"] + t["labels"])
        else:
            out.append(t)
    return out


def main():
    hand = [json.loads(l) for l in open(os.path.join(HERE, "hand.jsonl"), encoding="utf-8") if l.strip()]
    out = list(hand)
    n = len(hand)
    kinds = ["scam"] * N_SCAM + ["honest"] * N_HONEST
    R.shuffle(kinds)
    seen = set(json.dumps(o["turns"], ensure_ascii=False) for o in hand)
    for kind in kinds:
        while True:
            USED.clear()
            c = new_ctx()
            if kind == "scam":
                fn = wpick(SCAMS)
                turns, hn = fn(c), False
            else:
                fn = wpick(HONEST)
                turns, hn = fn(c)
            turns = merge_customer(turns)
            key = json.dumps(turns, ensure_ascii=False)
            if 4 <= len(turns) <= 25 and key not in seen:
                seen.add(key)
                break
        n += 1
        labels = sorted({l for t in turns for l in t["labels"]})
        out.append({"id": f"z02-{n:04d}", "lang": "zh", "deceptive": bool(labels), "labels": labels,
                    "turns": turns, "source": "writer:z02", "scenario": fn.__name__.replace("scam_", "gen_scam_")
                    .replace("h_", "gen_honest_", 1), "hard_negative": bool(hn and not labels),
                    "written": "generator"})
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(len(out), "calls written")


if __name__ == "__main__":
    main()
