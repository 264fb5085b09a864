#!/usr/bin/env python3
"""z01 generator: writes calls.jsonl = hand.jsonl + generated calls.

Deterministic (fixed seed).  Phrase banks are my own; surface mimics a Mandarin
ASR transcript (commas or no punctuation, numbers partly as Chinese words,
fillers, occasional homophone errors).  Labels are attached per move, before
the surface noise is applied, so noise never changes a label.
"""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(10086_2024)
N_GEN = 295
HONEST_SHARE = 0.44

CC, FC, FR, CR, CB, PR, AB = ("cost_concealment", "fake_cancellation", "fake_reward", "code_request",
                              "consent_bypass", "pressure", "abuse")


def pick(xs):
    return R.choice(xs)


# ---------------------------------------------------------------- numbers
DIG = "零一二三四五六七八九"


def cn(n):
    """Integer 0..99999 to Chinese words (as an ASR engine might write them)."""
    if n == 0:
        return "零"
    units = [(10000, "万"), (1000, "千"), (100, "百"), (10, "十")]
    out, zero, started = "", False, False
    for val, u in units:
        d = n // val
        n %= val
        if d:
            if zero:
                out += "零"
                zero = False
            if val == 10 and d == 1 and not started:
                out += "十"
            else:
                out += ("两" if d == 2 and val >= 100 else DIG[d]) + u
            started = True
        elif started:
            zero = True
    if n:
        if zero:
            out += "零"
        out += DIG[n]
    return out


def num(n):
    return cn(n) if R.random() < 0.55 else str(n)


def code6():
    ds = [R.randrange(10) for _ in range(6)]
    style = R.random()
    if style < 0.3:
        return "".join(map(str, ds))
    alpha = lambda d: "幺" if d == 1 and R.random() < 0.5 else DIG[d]
    s = [alpha(d) for d in ds]
    if style < 0.6:
        return "".join(s[:3]) + "," + "".join(s[3:])
    if style < 0.8:
        return "".join(s[:2]) + "," + "".join(s[2:4]) + "," + "".join(s[4:])
    return "".join(s)


def tail4():
    return "".join(DIG[R.randrange(10)] for _ in range(4)) if R.random() < 0.6 else str(R.randrange(1000, 9999))


# ---------------------------------------------------------------- ASR surface
HOMO = [("星级", "新级"), ("赠送", "增送"), ("验证码", "验证吗"), ("机主", "鸡主"), ("流量", "留量"),
        ("套餐", "套参"), ("取消", "取销"), ("权益", "全益"), ("办理", "半理")]
FILL_START = ["嗯", "那个", "就是", "呃", "嗯那个", "就是说", "哎"]


def asr(text, noisy):
    for a, b in HOMO:
        if a in text and R.random() < noisy:
            text = text.replace(a, b, 1)
    r = R.random()
    if r < 0.35:
        text = text.replace(",", "")
    elif r < 0.45:
        text = text.replace(",", " ")
    if R.random() < 0.15:
        text = pick(FILL_START) + ("," if R.random() < 0.5 else "") + text
    if "," in text and R.random() < 0.12:
        i = text.index(",")
        text = text[:i + 1] + pick(["那个", "就是", "嗯"]) + text[i + 1:]
    return text


# ---------------------------------------------------------------- banks
MEMBERS = ["腾讯视频", "爱奇艺", "优酷", "芒果TV", "咪咕视频", "咪咕音乐白金", "百度网盘", "移动云盘", "QQ音乐", "网易云音乐"]
SERVICES = ["国际漫游", "手机碎屏险", "游戏加速包", "彩铃会员", "话费分期", "高级会员", "视频彩铃年包", "五G会员"]
YEARS = [5, 6, 8, 10, 12, 15]


def v():
    return dict(g=num(pick([10, 15, 20, 30, 40, 50])), star=pick(["五", "四", "三", "钻石", "金卡", "VIP"]),
                yrs=num(pick(YEARS)), fee=num(pick([15, 19, 20, 25, 29, 30])), mem=pick(MEMBERS),
                svc=pick(SERVICES), yfee=num(pick([299, 398, 599, 980, 999, 1499])),
                dfee=num(pick([10, 20, 25, 30])), money=num(pick([50, 100, 120, 200])),
                mins=num(pick([100, 200, 300])), p=num(pick([19, 29, 30, 39, 49])),
                tail=tail4(), job=str(pick([1537, 8357, 2046, 3311, 6702, 4420, 9015])), code=code6(),
                fwd="一零六五" + "".join(DIG[R.randrange(10)] for _ in range(6)))


A_OPEN_SCAM = [
    "喂您好,我这边是中国移动客服的,请问是尾号{tail}的机主吗",
    "您好,这里是中国移动客户服务中心,请问您是机主本人吗",
    "喂你好,移动公司的,是这个号码的机主吧",
    "您好,我是10086客服,工号{job},打扰您一分钟",
    "喂,您好,中国移动的,请问现在方便接电话吗",
    "您好先生,我这边是移动客服中心的",
    "您好女士,中国移动客户服务部,请问是尾号{tail}吗",
    "喂您好,这里是10086,给您来电是有个事情跟您说一下",
]
C_ACK = ["嗯是我,什么事", "对,你说", "是,怎么了", "哦你说吧", "嗯", "是的,有什么事", "对啊,哪位", "喂,听得到,你说"]
FILLER_PAIRS = [
    ("U", "喂,喂,听得到吗"), ("C", "等一下我找个安静的地方"), ("C", "你说大声点,我这边信号不好"),
    ("A", "喂,您还在吗"), ("U", "嗯"), ("U", "喂,喂"),
]

FR_BANK = [
    "是这样的,您是我们的{star}星级用户,公司回馈老用户,每个月给您增加{g}G的通用流量",
    "恭喜您,您的号码被系统抽中了,可以领取一个{g}G的流量礼包",
    "您这个号码用了{yrs}年了,被评为我们的优质客户,现在给您升级一个专属福利,每月多{g}G",
    "今天给您来电是老用户感恩回馈,送您每月{g}G通用流量加{mins}分钟通话",
    "您被选中参加我们的忠诚用户升级活动,流量直接翻倍",
    "作为感谢,我们给您的号码加{g}G流量,这是专门给星级用户的",
    "您获得了我们的{money}元话费券,是回馈老用户的,同时给您配一个权益礼包",
    "您的号码被评为{star}星级,可以享受专属的五G升级福利,网速快十倍",
    "我们在做老用户回馈,您刚好在名单里面,每月补贴您{g}G流量",
]
C_PRICE_Q = ["要钱吗", "那要多少钱", "是不是要加钱", "免费的吗", "资费真的不变吗", "每个月多少钱你说清楚",
             "那我的话费会不会涨", "有什么条件吗"]
CC_BANK = [
    "不用的,您的套餐资费是不变的",
    "不要钱,就是送给您的,原来多少钱还是多少钱",
    "这个您放心,不会多扣您一分钱的",
    "费用基本没变化,您在账单上都看不出来",
    "就一点点功能费,跟没有一样",
    "具体多少钱系统会算,反正是很优惠的,您不用担心",
    "这个是免费的,以后也不收费",
    "价格跟您现在差不多的,都一样",
    "资费不变,流量白送,就是登记一下",
    "您不用管钱的事,都是公司补贴的",
]
C_PRICE_PUSH = ["差不多是多少,说个数", "你还没说到底多少钱", "那账单上到底多多少", "一点点是多少"]

FC_BANK = [
    "您之前办套餐的时候赠送了一个{mem}会员,免费期这个月到期,下个月开始每月扣{fee}块",
    "系统显示您有一个{mem}会员,下个月开始自动续费,一年{yfee}元",
    "您的号码绑定了一个{svc},是默认开通的,明天开始扣费",
    "检测到您的号码开通了{svc},每天扣{dfee}块,我们这边帮您关掉",
    "您有一笔{yfee}元的订单今天要扣费,是{mem}的年费,需要帮您取消吗",
    "您的{mem}会员试用期今天结束,不取消的话下个月开始每月扣{fee}元",
]
C_DENY = ["我没开过啊", "什么会员,我不知道", "我从来没用过这个", "不记得有这个", "我没办过啊,怎么回事"]
FC_FOLLOW = [
    "对很多用户都不知道的,是系统自动开通的,我现在帮您取消掉",
    "那我帮您取消掉吧,不然下个月就开始扣了",
    "是之前活动绑定的,您没注意,我这边给您退掉",
    "可能是误操作开通的,我们打电话就是帮您关闭的",
]
C_CANCEL = ["那你取消吧", "好那帮我关了", "那怎么取消", "那赶紧退掉", "行,那你弄吧"]
FC_CLOSE = ["好的,已经帮您取消成功了,后续就不会再扣费了", "好的,会员已经关闭了,之前扣的也会退给您",
            "好的,退订成功,下个月不会扣了"]

CR_BANK = [
    "好的,10086会给您发一个六位数的验证码,您念给我就行",
    "您收到短信之后把里面的验证码报给我",
    "为了确认是机主本人,我发一个验证码给您,您读一下",
    "您把刚收到的那几个数字告诉我,我这边提交",
    "需要您报一下六位数的服务密码核实一下",
    "短信收到了吧,您把那条短信转发到{fwd}就行",
    "您说一下验证码,我这边帮您操作",
    "稍后您手机会收到一个验证码,收到之后跟我说一下",
]
C_READ = ["嗯收到了,是{code}", "{code}", "我看看,{code}", "那个,是{code}吧", "收到了,{code}"]
C_REFUSE_CODE = ["验证码不是不能告诉别人吗", "我不说,你们移动说过不能给别人验证码", "我自己去营业厅弄吧",
                 "为什么要验证码,我不报", "短信上写着请勿泄露,我不念了"]
CR_CLOSE = ["好的,已经办理成功了", "好的收到,给您操作好了", "好的领取成功,感谢您的支持"]

CB_BANK = [
    "好的,那我这边直接帮您办理了,下个月一号生效",
    "那我默认您同意了,这边给您开通上",
    "我先帮您确认了,您不满意下个月再退",
    "已经给您提交了,您不用回复短信,直接生效",
    "您刚才说嗯了,我们这边有录音,就算您同意了",
    "没关系我帮您登记上,您不用管了",
    "协议我这边帮您签了,您不用操作",
    "好的,没有异议那我就给您办上了",
]
C_HUM = ["嗯", "哦", "嗯那个", "啊,这个", "嗯嗯", "我想想", "那个,嗯"]
C_PROTEST = ["我还没说要啊", "我没同意啊", "你怎么就办了", "等一下,我就嗯了一声", "谁让你办的"]

PR_BANK = [
    "这个活动只有今天,过了今天就没有了",
    "您先别着急拒绝,名额很少的,别人想要都抽不到",
    "您不办的话下个月套餐也要调整的,早晚都得办",
    "今天不处理的话号码会被停机的",
    "不处理的话会影响您的个人信用",
    "您现在不取消,今天晚上就扣费了,到时候退不回来",
    "我再给您说一遍,这个真的很划算,您再考虑考虑",
    "您就帮帮忙嘛,我这个月业绩还差一单",
    "很多人都办了,就剩您了,您再想想",
    "已经在流程里了,现在退要去营业厅,很麻烦的",
    "系统今天截止,错过了以后想办都办不了",
]
C_REFUSE = ["不需要,谢谢", "我说了不要", "不用了我够用", "不要不要", "真的不需要,别说了", "我不办,挂了啊",
            "我都说了好几遍不要了"]
AB_BANK = [
    "你这人怎么回事啊,好心给你说优惠",
    "你听不懂人话吗",
    "真是不识好歹",
    "别浪费我时间",
    "你脑子有问题吧,送你都不要",
    "行吧,你就等着多交钱吧,活该",
    "跟你说半天了,怎么这么笨",
    "你这人疑心病怎么这么重,烦不烦",
]
C_END = ["挂了", "我要投诉你", "别再打了", "你什么态度", "我不跟你说了"]

OFFER_PLAIN = [
    "给您推荐一个每月{p}元的流量包,有{g}G",
    "您家宽带可以升级到一千兆,我给您介绍一下",
    "现在有一个五G套餐的优惠,给您说一下",
    "给您推荐一个视频彩铃,每月{p}元",
    "您这个套餐可以换一个更划算的",
]
THREAT_OPEN = [
    "你这个号码实名信息不完整,需要补登记",
    "您的号码被系统检测到异常,需要做个核实",
    "您这个卡是老卡了,需要升级成五G卡",
    "您的号码有一笔欠费没有处理,已经列入异常名单",
]


SCAM_CHAT = [
    ("你是哪里的", "我是中国移动客服中心的,工号{job}"),
    ("你怎么知道我号码的", "您是我们的用户嘛,系统里有您的资料"),
    ("我在上班,你快点说", "好的好的,就占用您一分钟"),
    ("你说什么,没听清", "我说我这边是移动客服,给您说个事情"),
    ("是要推销什么吗", "不是推销,是通知您一下"),
    ("你们这个电话号码怎么不是10086", "我们是移动的外呼中心,号码不一样的"),
]


def scam_chat(c):
    n = R.choice([0, 0, 0, 1, 1]) + (R.choice([1, 2]) if LONG[0] else 0)
    for q, a in R.sample(SCAM_CHAT, n):
        c.add("C", q)
        c.add("A", a)


class Call:
    def __init__(self):
        self.turns = []
        self.noisy = R.choice([0.0, 0.05, 0.15, 0.3])
        self.vars = v()
        self.used = set()
        self.said = set()

    def add(self, spk, bank_or_text, labels=()):
        if isinstance(bank_or_text, list):
            t = pick(bank_or_text)
            for _ in range(6):  # do not say the same line twice in one call
                if t not in self.said:
                    break
                t = pick(bank_or_text)
            self.said.add(t)
        else:
            t = bank_or_text
        t = t.format(**self.vars)
        self.turns.append({"speaker": {"A": "agent", "C": "customer", "U": "unknown"}[spk],
                           "text": asr(t, self.noisy), "labels": sorted(set(labels))})

    def maybe_filler(self, p=0.25):
        if R.random() < p:
            s, t = pick(FILLER_PAIRS)
            self.add(s, t)


# ---------------------------------------------------------------- scam scenarios
def tail_refusal(c, rounds=None, abuse_p=0.35):
    """Customer refuses; agent pushes 1-3 times; maybe abuse."""
    rounds = rounds or (R.choice([3, 4, 5, 6]) if LONG[0] else R.choice([1, 1, 2, 2, 3]))
    for _ in range(rounds):
        c.add("C", C_REFUSE)
        c.add("A", PR_BANK, [PR])
        c.maybe_filler(0.15)
    if R.random() < abuse_p:
        c.add("C", C_REFUSE + C_END)
        c.add("A", AB_BANK, [AB])
        if R.random() < 0.5:
            c.add("C", C_END)
    elif R.random() < 0.5:
        c.add("C", C_END)


def code_branch(c, after_labels_close=()):
    c.add("A", CR_BANK, [CR])
    c.maybe_filler(0.2)
    if R.random() < 0.55:
        c.add("C", C_READ)
        c.add("A", FC_CLOSE if FC in after_labels_close else CR_CLOSE, list(after_labels_close))
    else:
        c.add("C", C_REFUSE_CODE)
        r = R.random()
        if r < 0.4:
            c.add("A", PR_BANK, [PR])
            if R.random() < 0.4:
                c.add("C", C_END)
                c.add("A", AB_BANK, [AB])
        elif r < 0.7:
            c.add("A", AB_BANK, [AB])
        else:
            c.add("A", ["那好吧,您自己考虑", "行,那不打扰了"])


def s_star_upsell(c):
    c.add("A", A_OPEN_SCAM)
    c.add("C", C_ACK)
    scam_chat(c)
    c.maybe_filler()
    c.add("A", FR_BANK, [FR])
    c.add("C", C_PRICE_Q)
    c.add("A", CC_BANK, [CC])
    if R.random() < 0.35:
        c.add("C", C_PRICE_PUSH)
        c.add("A", CC_BANK, [CC])
    b = R.random()
    if b < 0.35:
        c.add("C", C_HUM)
        c.add("A", CB_BANK, [CB])
        if R.random() < 0.7:
            c.add("C", C_PROTEST)
            c.add("A", PR_BANK + CB_BANK, [PR] if R.random() < 0.5 else [CB])
            if R.random() < 0.3:
                c.add("C", C_END)
                c.add("A", AB_BANK, [AB])
    elif b < 0.7:
        tail_refusal(c)
    else:
        c.add("C", ["那行吧", "哦那好", "那你登记吧", "好吧"])
        code_branch(c)
    return "star_user_upsell_gen"


def s_fake_cancel(c):
    c.add("A", A_OPEN_SCAM)
    c.add("C", C_ACK)
    scam_chat(c)
    c.add("A", FC_BANK, [FC])
    c.add("C", C_DENY)
    if R.random() < 0.7:
        c.add("A", FC_FOLLOW, [FC])
    if R.random() < 0.3:
        c.add("A", PR_BANK[3:6] + PR_BANK[10:], [PR])
    c.maybe_filler()
    c.add("C", C_CANCEL)
    code_branch(c, after_labels_close=[FC])
    return "fake_cancellation_code_gen"


def s_pushy_offer(c):
    c.add("A", A_OPEN_SCAM)
    c.add("C", C_ACK)
    scam_chat(c)
    c.add("A", OFFER_PLAIN)
    tail_refusal(c, abuse_p=0.5)
    return "pushy_offer_after_no_gen"


def s_silent_bypass(c):
    c.add("A", A_OPEN_SCAM)
    c.add("C", C_ACK)
    scam_chat(c)
    if R.random() < 0.5:
        c.add("A", FR_BANK, [FR])
    else:
        c.add("A", OFFER_PLAIN)
    if R.random() < 0.6:
        c.add("C", C_PRICE_Q)
        c.add("A", CC_BANK, [CC])
    c.add("C", C_HUM)
    c.add("A", CB_BANK, [CB])
    c.add("C", C_PROTEST)
    r = R.random()
    if r < 0.4:
        c.add("A", CB_BANK, [CB])
    elif r < 0.8:
        c.add("A", PR_BANK, [PR])
    else:
        c.add("A", AB_BANK, [AB])
    return "consent_bypass_gen"


def s_threat_code(c):
    c.add("A", A_OPEN_SCAM)
    c.add("C", C_ACK)
    scam_chat(c)
    c.add("A", THREAT_OPEN)
    c.add("C", ["不会吧", "怎么会", "那怎么办", "我在营业厅办的啊"])
    c.add("A", PR_BANK[3:5] + PR_BANK[10:], [PR])
    c.add("C", ["那要怎么弄", "那你说怎么处理", "哦"])
    code_branch(c)
    return "threat_then_code_gen"


def s_gift_code(c):
    c.add("A", A_OPEN_SCAM)
    c.add("C", C_ACK)
    scam_chat(c)
    c.add("A", FR_BANK, [FR])
    if R.random() < 0.6:
        c.add("C", C_PRICE_Q)
        c.add("A", CC_BANK, [CC])
    c.add("C", ["那怎么领", "好啊", "那我要", "嗯那领吧"])
    code_branch(c)
    if R.random() < 0.3:
        c.add("A", CB_BANK, [CB])
    return "reward_code_gen"


SCAMS = [(s_star_upsell, 3), (s_fake_cancel, 4), (s_pushy_offer, 2), (s_silent_bypass, 2), (s_threat_code, 1),
         (s_gift_code, 2)]

# ---------------------------------------------------------------- honest scenarios
A_OPEN_OFFICIAL = [
    "您好,这里是中国移动10086,请问是尾号{tail}的机主吗",
    "您好,中国移动客服,请问您现在方便接听吗",
    "您好,我是中国移动10086客服,工号{job}",
    "您好,这里是中国移动客户服务中心",
]
NO_CODE_LINES = [
    "这个电话不需要您提供任何信息,也不需要验证码",
    "提醒您,我们工作人员不会问您要验证码,请勿向任何人透露",
    "如果有人打电话说帮您办理要验证码,请直接挂断",
    "验证码请您自己保管,任何人问都不要给",
]
EXTRA_QA = [
    ("什么时候生效", "下个月一号生效,生效前会有短信通知"),
    ("以后能退吗", "可以的,随时在app或者营业厅退订"),
    ("要去营业厅吗", "不用的,电话里就可以"),
    ("你是哪个部门的", "我是10086客服中心的,您不放心可以挂断后自己拨打10086核实"),
    ("会不会有别的费用", "不会,就是刚才说的那个价格,没有其他费用"),
]


EXTRA_GENERAL = [
    ("你真的是10086吗", "是的,您可以挂断以后自己拨打10086核实,我们这边有记录"),
    ("这个要我提供什么信息吗", "不需要,您什么都不用提供"),
    ("会有短信通知吗", "会的,稍后会有一条短信,里面写得很清楚"),
    ("你叫什么名字", "我是工号{job}的客服,有问题您可以报这个工号"),
    ("那我家里人的号码也一样吗", "每个号码情况不一样,您家人可以自己打10086查询"),
    ("那我现在要做什么", "您现在不用做什么,有问题随时打10086"),
]
LONG = [False]


def extra(c, n=None, offer=False):
    if n is None:
        n = R.choice([1, 1, 2, 3, 4])
        if LONG[0]:
            n += R.choice([3, 4, 5])
    pool = [qa for qa in EXTRA_GENERAL + (EXTRA_QA if offer else []) if qa[0] not in c.used]
    for q, a in R.sample(pool, min(n, len(pool))):
        c.used.add(q)
        c.add("C", q)
        c.add("A", a)


def h_bill_reminder(c):
    c.add("A", A_OPEN_OFFICIAL)
    c.add("C", C_ACK)
    amt = num(R.randrange(8, 90))
    c.add("A", f"提醒您一下,您的号码目前欠费{amt}块,请您方便的时候缴一下")
    c.add("C", ["啊我忘了", "哦好的", "欠了这么多吗", "我以为是自动扣的"])
    hn = R.random() < 0.6
    if hn:
        c.add("A", ["如果月底前没有缴费,号码会暂停呼出,缴费后自动恢复,您在app或者营业厅自己缴就可以",
                    "欠费超过一个月会暂停服务,您自己在app缴费就行,我们电话里不收费"])
        c.add("A", NO_CODE_LINES)
    else:
        c.add("A", ["您可以在中国移动app或者营业厅缴费", "缴费渠道有app,营业厅,还有银行代扣"])
    c.add("C", ["好我今天就交", "知道了谢谢", "行"])
    extra(c)
    return "arrears_reminder_gen", hn


def h_outage(c):
    c.add("A", A_OPEN_OFFICIAL)
    c.add("C", C_ACK)
    h = pick(["今晚十一点到凌晨三点", "明天上午九点到十一点", "本周六凌晨"])
    c.add("A", f"通知您一下,您所在的小区{h}要进行线路维护,宽带和电视会暂时中断")
    c.add("C", ["那要多久", "哦好的", "又维护啊"])
    c.add("A", ["大概两到四个小时,恢复以后不需要您做任何操作", "维护完成后自动恢复,给您带来不便很抱歉"])
    extra(c)
    c.add("C", ["好的", "知道了", "行吧"])
    return "maintenance_notice_gen", False


def h_clear_offer_yes(c):
    c.add("A", A_OPEN_OFFICIAL)
    c.add("C", C_ACK)
    price = pick([10, 20, 30, 39])
    g = pick([5, 10, 15, 20, 30])
    c.vars["pp"], c.vars["gg"] = num(price), num(g)
    c.add("A", ["看您最近流量超出比较多,有一个流量包每月{pp}元,包含{gg}G,是在您现在套餐基础上每月多收{pp}元,您需要吗",
                "给您介绍一个加装包,每月加{pp}元,多{gg}G流量,合约三个月,到期自动取消,您考虑一下"])
    if R.random() < 0.5:
        c.add("C", ["多收{pp}是吧", "那就是每个月多{pp}块对吧"])
        c.add("A", ["对的,每个月多{pp}元,不会有其他费用", "是的,账单上会多一项{pp}元的流量包"])
    if R.random() < 0.4:
        c.add("C", C_HUM)
        c.add("A", ["不好意思,需要您明确说同意或者不同意,我们才能办理", "您是同意办理还是不需要呢,需要您说清楚"])
    c.add("C", ["好,我同意办理", "行,同意办理", "可以,我同意"])
    c.add("A", ["好的,已经记录您同意办理每月{pp}元{gg}G流量包,稍后有短信确认",
                "好的,确认您同意办理,每月多{pp}元,下月生效,短信里会写清楚价格"])
    extra(c, offer=True)
    return "clear_price_offer_accepted_gen", True


def h_clear_offer_no(c):
    c.add("A", A_OPEN_OFFICIAL)
    c.add("C", C_ACK)
    price = pick([10, 20, 30])
    c.vars["pp"] = num(price)
    c.add("A", ["您现在的套餐可以升级,每月多{pp}元,流量翻倍,您有兴趣吗",
                "有一个每月{pp}元的视频彩铃业务,您需要了解一下吗",
                "给您介绍一个流量包,每月{pp}元,是收费的,不是免费的,您看需要吗"])
    c.add("C", ["不用了谢谢", "不需要", "不要了"])
    if R.random() < 0.5:
        c.add("A", ["好的,请问是流量够用吗,方便说一下我们做个记录", "好的,那方便问一下是价格的原因吗"])
        c.add("C", ["够用了", "就是不需要", "嗯够用"])
    c.add("A", ["好的,不打扰您了,祝您生活愉快", "好的明白了,不给您办理,再见"])
    extra(c)
    return "offer_declined_respected_gen", True


def h_customer_cancel(c):
    m = pick(MEMBERS)
    c.vars["mm"] = m
    c.add("C", ["喂10086吗,我想退订一个{mm}会员", "你好,我这个月话费多了,想查一下有什么会员",
                "我想把{mm}会员取消掉,是我自己开的"])
    c.add("A", ["您好,我帮您查一下,您确实有一个{mm}会员,每月{fee}元,是您上个月自己订购的",
                "好的,查到您有一个{mm}会员,每月{fee}元"])
    c.add("C", ["对,不想要了", "是我开的,取消吧", "退了吧"])
    c.add("A", ["好的,请您确认要退订{mm}会员吗", "确认退订吗,退订后下个月起不再收费"])
    c.add("C", ["确认退订", "对,确认", "确认"])
    c.add("A", ["好的已经为您退订,这个操作不需要验证码,稍后有短信通知",
                "已经退订成功,本月已扣的费用不退,您可以用到月底"])
    extra(c)
    return "customer_requested_cancel_gen", True


def h_app_self_code(c):
    c.add("C", ["你好,我在app上办流量包,它让我输验证码", "我登录中国移动app要验证码,要给你吗",
                "我想自己在app里领星级权益,显示要验证码"])
    c.add("A", ["验证码会发到您手机上,您自己在app里输入就可以,不要告诉任何人包括我",
                "不需要给我,您自己输入就行,我们工作人员不会问您要验证码"])
    c.add("C", ["好我自己输", "哦明白了", "嗯好了"])
    if R.random() < 0.5:
        c.add("A", NO_CODE_LINES)
    extra(c)
    c.add("C", ["好的谢谢", "行,谢谢"])
    return "app_self_entry_code_gen", True


def h_star_notice(c):
    c.add("A", A_OPEN_OFFICIAL)
    c.add("C", C_ACK)
    c.add("A", ["通知您一下,您的号码本年度星级评定为{star}星级,相关权益自动享受,不需要您办理任何业务,也不会改变您的资费",
                "您的星级已经更新,星级权益在app里可以查看,这个电话只是通知,不办理业务"])
    c.add("C", ["就这个事吗", "哦,要我干什么吗", "那要钱吗"])
    c.add("A", ["不需要,也不收费,我们也不会问您要验证码", "不用做任何事情,不收任何费用"])
    extra(c)
    return "star_level_notice_gen", True


def h_scam_report(c):
    c.add("C", ["刚才有人说是你们客服,说我有个会员要扣费,让我报验证码", "有人打电话说我是星级用户送我流量资费不变,是你们吗",
                "我接到电话说我的号码要停机,让我把验证码给他"])
    c.add("A", ["您好,10086不会主动问您要验证码,请问您有没有告诉对方", "那不是我们的官方来电,请问您有没有同意办理或者提供验证码"])
    c.add("C", ["没有,我觉得不对就挂了", "没有没有", "我差点就说了"])
    c.add("A", ["您做得很对,我帮您查了,您名下没有新订购的业务", "好的,我查了您的号码没有任何变化,您放心"])
    if R.random() < 0.5:
        c.add("A", ["以后遇到这种说取消会员要验证码的电话直接挂断", "我们帮您开启营销免打扰,以后这种电话会少一些"])
    extra(c)
    return "scam_report_inbound_gen", True


def h_free_gift(c):
    c.add("A", A_OPEN_OFFICIAL)
    c.add("C", C_ACK)
    c.add("A", ["为感谢您入网满{yrs}年,本月赠送您{g}G流量,已经自动到账,不需要办理,不收费",
                "您参加的活动返还的{money}元话费已经到账,不涉及任何业务办理"])
    c.add("C", ["要验证码吗", "真的不要钱吗", "还要我办什么吗"])
    c.add("A", ["不需要,我们只是通知您,也不会问您要验证码", "不需要任何操作,也不会改变您的套餐和资费"])
    extra(c)
    return "real_free_gift_notice_gen", True


def h_rude_customer(c):
    c.add("A", A_OPEN_OFFICIAL)
    c.add("C", ["又是你们,烦不烦", "推销的吧,别打了", "你们移动天天打电话有完没完"])
    c.add("A", ["抱歉打扰您,是您之前报修的宽带问题,想确认师傅上门时间", "非常抱歉,是您反馈的话费问题,给您回复一下"])
    c.add("C", ["哦,那你说,快点", "行你说吧", "早干嘛去了"])
    c.add("A", ["师傅明天下午两点到四点上门,您看可以吗", "您多扣的费用已经退回到账户,三个工作日到账"])
    c.add("C", ["行吧", "知道了", "哼,好"])
    c.add("A", ["好的,再次抱歉给您带来不便", "好的,感谢您的耐心"])
    extra(c)
    return "rude_customer_honest_agent_gen", True


def h_repair(c):
    c.add("A", ["您好,我是中国移动装维师傅,您报修的宽带我明天上午过去", "您好,移动宽带的,您家网络故障已经登记了"])
    c.add("C", ["好的,几点", "明天上午有人", "行"])
    c.add("A", ["九点到十一点之间,到之前给您打电话", "预计下午三点前到,维修不收费"])
    extra(c)
    c.add("C", ["好的谢谢", "嗯好"])
    return "repair_appointment_gen", False


def h_bill_query(c):
    c.add("C", ["你好,我想查一下这个月话费", "我这个月话费怎么比上个月多", "帮我看看还有多少余额"])
    c.add("A", ["好的,您本月话费{money}元,其中套餐费五十八,其余是超出的流量费", "您的余额还有{money}元,够用两个月"])
    c.add("C", ["哦那好", "原来是流量超了", "好的"])
    if R.random() < 0.5:
        c.add("A", ["如果经常超出,可以考虑流量包,您需要的时候在app里自己看就行", "有其他问题随时打10086"])
    extra(c)
    return "bill_query_inbound_gen", False


def h_hum_clarify(c):
    c.add("A", A_OPEN_OFFICIAL)
    c.add("C", C_ACK)
    c.vars["pp"] = num(pick([5, 10, 15]))
    c.add("A", ["有一个每月{pp}元的来电提醒业务,您需要吗", "给您介绍一个防骚扰业务,每月{pp}元"])
    c.add("C", C_HUM)
    c.add("A", ["不好意思,需要您明确说同意还是不同意,您不说我们不会办理", "嗯,您是要办还是不办呢,需要您说清楚"])
    if R.random() < 0.5:
        c.add("C", ["那不用了", "不要了"])
        c.add("A", ["好的,不给您办理,打扰了", "好的,那就不办理,再见"])
    else:
        c.add("C", ["同意办理", "好,我同意"])
        c.add("A", ["好的,确认您同意办理,每月{pp}元,随时可以退订", "好的,已办理,每月{pp}元,短信会通知您"])
    extra(c)
    return "hum_clarified_explicitly_gen", True


HONEST = [(h_bill_reminder, 2), (h_outage, 1), (h_clear_offer_yes, 2), (h_clear_offer_no, 2), (h_customer_cancel, 2),
          (h_app_self_code, 1), (h_star_notice, 1), (h_scam_report, 1), (h_free_gift, 1), (h_rude_customer, 1),
          (h_repair, 1), (h_bill_query, 1), (h_hum_clarify, 1)]


def labels_so_far(c):
    return any(t["labels"] for t in c.turns)


def wpick(pairs):
    fs, ws = zip(*pairs)
    return R.choices(fs, weights=ws)[0]


def generate(start_id):
    out = []
    for k in range(N_GEN):
        c = Call()
        LONG[0] = R.random() < 0.12
        if R.random() < HONEST_SHARE:
            name, hn = wpick(HONEST)(c)
        else:
            name, hn = wpick(SCAMS)(c), False
        # neutral openings/closings for both classes, so length says nothing about the label
        if R.random() < 0.2:
            c.turns.insert(0, {"speaker": "unknown", "text": pick(["喂", "喂喂", "喂你好"]), "labels": []})
        if R.random() < 0.35 or (LONG[0] and R.random() < 0.7):
            if c.turns[-1]["speaker"] != "customer":
                c.add("C", ["好的再见", "嗯拜拜", "那就这样吧", "行,挂了", "知道了"])
            if R.random() < 0.5 or c.turns[-1]["speaker"] == "customer" and not labels_so_far(c):
                c.add("A", ["好的再见", "感谢您的接听", "祝您生活愉快,再见"])
        if len(c.turns) < 4:
            c.add("C", ["嗯好的,没别的事了吧", "那就这样"])
            c.add("A", ["没有了,感谢您的接听", "好的再见"])
        while len(c.turns) > 25:
            c.turns.pop()
        labels = sorted({l for t in c.turns for l in t["labels"]})
        if labels:
            hn = False
        out.append({"id": f"z01-{start_id + k:04d}", "lang": "zh", "deceptive": bool(labels), "labels": labels,
                    "turns": c.turns, "source": "writer:z01", "scenario": name, "hard_negative": hn,
                    "written": "generator"})
    return out


def main():
    hand = [json.loads(l) for l in open(os.path.join(HERE, "hand.jsonl"), encoding="utf-8") if l.strip()]
    gen = generate(len(hand) + 1)
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as f:
        for c in hand + gen:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print(f"wrote {len(hand)} hand + {len(gen)} generated")


if __name__ == "__main__":
    main()
