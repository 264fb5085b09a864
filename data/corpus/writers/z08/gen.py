#!/usr/bin/env python3
"""z08 generator: writes calls.jsonl = hand.jsonl + generated calls.

Own phrase banks, deterministic seed. Domains: operator, member (自动续费),
express (快递理赔), medical (医保卡), credit (信用卡提额).
Forms: two-party, robocall/IVR, voicemail, elderly hands phone to family.
Run build_hand.py first (hand_src_*.txt -> hand.jsonl).
"""
import json
import random

SEED = 20808
N_GEN = 280
R = random.Random(SEED)

CC, FC, FR, CR, CB, PR, AB = ('cost_concealment', 'fake_cancellation', 'fake_reward', 'code_request',
                              'consent_bypass', 'pressure', 'abuse')

# ---------------------------------------------------------------- context
OPS = [('中国移动', '10086', '移动'), ('中国联通', '10010', '联通'), ('中国电信', '10000', '电信'),
       ('中国广电', '10099', '广电')]
BANKS = [('招商银行', '95555', '掌上生活'), ('建设银行', '95533', '建行生活'), ('工商银行', '95588', '工银e生活'),
         ('农业银行', '95599', '农行掌上银行'), ('中国银行', '95566', '缤纷生活'), ('交通银行', '95559', '买单吧'),
         ('浦发银行', '95528', '浦大喜奔'), ('中信银行', '95558', '动卡空间'), ('光大银行', '95595', '阳光惠生活'),
         ('平安银行', '95511', '平安口袋银行'), ('广发银行', '95508', '发现精彩'), ('兴业银行', '95561', '兴业生活')]
COURIERS = ['顺丰', '中通', '圆通', '韵达', '申通', '京东快递', '邮政EMS', '极兔', '德邦']
PLATS = ['腾讯视频', '爱奇艺', '优酷', '芒果TV', '咪咕视频', '哔哩哔哩', 'QQ音乐', '网易云音乐', '百度网盘', '抖音',
         '快手', '京东PLUS', '美团', '饿了么', '酷狗音乐']
GOODS = ['羽绒服', '电热毯', '保温杯', '护膝', '蛋白粉', '床上四件套', '电饭煲', '老花镜', '按摩仪', '茶叶', '血压计',
         '足浴盆', '棉拖鞋', '空气净化器']
GIFTS = ['空气炸锅', '电饭煲', '行李箱', '保温壶', '蓝牙音箱', '按摩枕']
SURN = list('王李张刘陈杨赵黄周吴徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚')
OLD_M = ['大爷', '叔叔', '老人家', '老先生', '大伯']
OLD_F = ['阿姨', '奶奶', '大妈', '大娘', '老人家']
ADULT = ['先生', '女士', '大哥', '大姐', '师傅']
FAM = {'m': [('儿子', '我爸'), ('女儿', '我爸'), ('孙子', '我爷爷'), ('孙女', '我爷爷'), ('儿媳妇', '我公公'),
             ('女婿', '我岳父'), ('外孙', '我外公'), ('老伴', '我老伴')],
       'f': [('儿子', '我妈'), ('女儿', '我妈'), ('孙子', '我奶奶'), ('孙女', '我奶奶'), ('儿媳妇', '我婆婆'),
             ('女婿', '我岳母'), ('外孙女', '我外婆'), ('老伴', '我老伴')]}


def new_ctx():
    op = R.choice(OPS)
    bank = R.choice(BANKS)
    g = R.choice('mf')
    elder = R.random() < 0.55
    title = R.choice(OLD_M if g == 'm' else OLD_F) if elder else R.choice(ADULT if g == 'm' else ['女士', '大姐', '小姐'])
    fam, rel = R.choice(FAM[g])
    return {
        'op': op[0], 'hot': op[1], 'ops': op[2], 'bank': bank[0], 'bhot': bank[1], 'bapp': bank[2],
        'courier': R.choice(COURIERS), 'plat': R.choice(PLATS), 'goods': R.choice(GOODS), 'gift': R.choice(GIFTS),
        'surname': R.choice(SURN), 'ta': '他' if g == 'm' else '她', 'title': title, 'g': g, 'elder': elder, 'fam': fam, 'rel': rel,
        'tail': '%04d' % R.randint(0, 9999), 'gh': str(R.randint(1000, 99999)),
        'gb': R.choice([10, 15, 20, 30, 40, 50]), 'mins': R.choice([100, 200, 300, 500]),
        'star': R.choice(['三', '四', '五', '七']), 'fee': R.choice([9, 10, 15, 19, 20, 25, 29, 30, 38, 39, 68]),
        'big': R.choice([188, 298, 365, 398, 499, 599, 888, 1288, 1499, 1800, 2400]),
        'amt': R.choice([200, 300, 360, 450, 598, 600, 800, 1200, 1500, 3000]),
        'small': R.choice([9.9, 19.9, 29, 49, 50, 99]), 'lim': R.choice([5, 6, 8, 10, 15, 20, 30]),
        'pts': R.choice([8600, 12000, 26000, 50000]), 'age': R.choice([60, 65, 70]),
        'n': R.randint(2, 8), 'price': R.choice([39, 49, 58, 69, 79, 99, 129]),
        'add': R.choice([5, 10, 15, 20, 30]), 'mon': R.randint(1, 12), 'day': R.randint(1, 28),
        'hour': R.choice([12, 17, 18, 20, 24]), 'pin': '%d-%d-%04d' % (R.randint(1, 9), R.randint(1, 9), R.randint(0, 9999)),
        'code4': '%04d' % R.randint(0, 9999), 'bill': R.choice([38.5, 58, 76.3, 88, 128, 135.6, 199]),
        'bal': R.choice([3.2, 5.8, 8, 12.5, 15.6]), 'cardbill': R.choice([860, 1235, 2450, 3980, 5000, 7620]),
    }


def F(s, c):
    return s.format(**c)


def pick(bank, c):
    return F(R.choice(bank), c)


# ---------------------------------------------------------------- scam banks
OPEN = {
    'operator': ['您好，我这边是{op}客服，请问是尾号{tail}的机主吗？', '喂，{title}您好，这里是{hot}客服中心。',
                 '您好，我是{op}营业厅的工作人员，工号{gh}。', '您好，打扰一下，我是{ops}公司的客服专员。',
                 '喂，您好，是{surname}{title}吧？我这边是{hot}的。', '您好，这里是{op}客户服务部，给您做个回访。'],
    'member': ['您好，我这边是{plat}会员服务中心的。', '喂，您好，这里是{plat}客服，请问是{surname}{title}吗？',
               '您好，我是{plat}平台的售后专员，工号{gh}。', '您好，这里是{plat}会员退订中心。',
               '喂，{title}您好，我是{plat}的客服，有个会员的事跟您说一下。'],
    'express': ['您好，我是{courier}理赔中心的。', '喂，您好，这里是{courier}售后部，请问是尾号{tail}的收件人吗？',
                '您好，我是{courier}客服，工号{gh}，关于您的一个快件。', '喂，{surname}{title}吗？我是{courier}快递的理赔专员。',
                '您好，我是电商平台的售后，跟您说一下您买的{goods}。'],
    'medical': ['您好，这里是市医保中心。', '喂，{title}您好，我是医保局的工作人员。', '您好，这里是社保服务中心，您是{surname}{title}吧？',
                '您好，我是医保局稽查科的，工号{gh}。', '喂，您好，这边是医疗保障服务中心。'],
    'credit': ['您好，这里是{bank}信用卡中心。', '您好，我是{bank}的客户经理，工号{gh}。', '喂，您好，信用卡中心的，请问是{surname}{title}吗？',
               '您好，这边是{bank}风控部门。', '您好，我是信用卡中心的专员，跟您说一下您卡片的事。'],
}
ACK = ['是我，什么事？', '嗯，你说。', '对，怎么了？', '哪位？', '是的，有事吗？', '你说吧，我听着。', '啊，是我。', '什么事啊？']

FR_B = {
    'operator': ['恭喜您，您是我们的星级用户，每月给您增加{gb}G流量。', '公司回馈老用户，给您升级成5G套餐，每月多送{gb}G流量。',
                 '您的号码被评为{star}星级用户，本月可以领一个专属福利，每月加送{mins}分钟通话。',
                 '您是我们的优质客户，给您一个内部名额，宽带提速到千兆。',
                 '您的号码在老用户感恩活动中被抽中了，送您一张视频会员。', '您有{pts}积分今天清零，给您兑换成话费。',
                 '您是我们的钻石用户，公司给您一个话费返还活动，充200返300。'],
    'member': ['您是{plat}的优质用户，平台给您送了一年的超级会员。', '恭喜您被抽中{plat}周年庆幸运用户，领取年度会员。',
               '您是{plat}的老用户，平台回馈您一个终身会员名额。'],
    'express': ['您的包裹在运输中丢失了，公司给您三倍理赔，一共{amt}元。', '您买的{goods}在仓库被水泡了，我们主动给您双倍赔偿。',
                '您买的{goods}被质检部门查出问题了，平台给您退款再补偿{amt}元。', '您的快件破损了，我们给您全额理赔，再加100元补偿。'],
    'medical': ['国家今年给{age}岁以上老人发放医保补贴，每人{amt}元，您在名单里。',
                '您是医保系统里的优质参保人，这个月有一笔医疗补助金{amt}元没领。',
                '今年医保个人账户的钱可以提现了，您账户里有{amt}元，给您优先办理。',
                '您有一笔高龄医疗补助{amt}元，今年是最后一批发放。'],
    'credit': ['您的用卡记录良好，系统把您评为优质客户，额度可以提到{lim}万。', '恭喜您被选为本季度提额客户，最高可以提到{lim}万。',
               '您是我们的白金客户，现在可以升级成钻石卡，额度翻倍。', '您有{pts}积分今天到期，可以给您兑换一台{gift}。',
               '您已获得老客户专享提额，最高可以提到{lim}万。'],
}
FC_B = {
    'operator': ['您之前赠送的视频会员下个月开始扣费了，每月{fee}元，需要帮您取消吗？', '您的号码上有个每月{fee}元的彩铃业务，我帮您免费取消了吧？',
                 '系统显示您开通了一个{fee}元的流量包月，不是您开的话我给您退订。',
                 '您充话费送的会员免费期到了，下个月开始每月扣{fee}元，要不要帮您关掉？',
                 '您的手机开通了碎屏险，每月扣费{fee}元，您需要取消吗？'],
    'member': ['系统显示您开通了{plat}年度会员，明天自动续费{big}元，是您本人开通的吗？',
               '您的{plat}会员将于今晚24点自动续费{big}元，不取消就直接扣了。',
               '您在学生时期开通的{plat}会员一直没关，现在每月扣{fee}元。',
               '您有一个自动续费的会员，每个月扣{fee}块钱，已经扣了{n}个月了，我帮您退回来。',
               '您的{plat}超级会员续费失败了，欠费{big}元，需要给您注销。'],
    'express': ['您的快递附带开通了一个运费险会员，每月扣费{fee}元，需要帮您取消吗？',
                '您上次寄快递开通了一个寄件会员，明天开始扣年费{big}元。'],
    'medical': ['您的医保卡绑定了一个商业补充险，每月从医保账户扣{fee}元，需要帮您解绑吗？',
                '您的医保卡开通了一个异地就医服务，下个月开始每月收{fee}元，要不要取消？'],
    'credit': ['您的信用卡开通了账户安全险，每月扣费{fee}元，今天开始扣，要不要给您取消？',
               '您的信用卡被开通了分期商城会员，每月扣{fee}元，已经扣了{n}个月了。',
               '您的信用卡年费{big}元明天扣款，要免年费得现在办理。',
               '您的信用卡绑定了一个尊享会员服务，下个月开始每月扣{fee}元。'],
}
FC_FOLLOW = ['这个可能是之前活动送的，免费期到了，不取消就一直扣。', '可能是别人误开的，需要我们帮您关闭，不然每个月都扣。',
             '是系统默认开通的，您自己看不到，只有我们后台能取消。', '是办业务的时候送的，现在到期了要收费。']
THREAT = {
    'operator': ['您的号码涉嫌发送违规短信，两小时后将被停机。', '您的号码实名信息异常，今天不处理就要停机了。',
                 '您的套餐要下架了，不换新套餐下个月就停机。'],
    'member': ['您的会员账户涉嫌违规，不处理会影响您的个人征信。'],
    'express': ['您有一个包裹在海关被扣了，里面发现违禁物品，需要您配合调查。'],
    'medical': ['您的医保卡在外地被人盗刷了，已经被冻结，不处理看病就报不了了。', '您的医保卡需要做年度认证，不认证下个月就停用。',
                '您的医保卡涉嫌违规使用，已经被冻结了。', '医保卡统一升级电子卡，您还没激活，今天是最后一天。'],
    'credit': ['您的信用卡近期有异常交易，额度要降到0，还要上报征信。', '您的信用卡逾期了，今天不处理就上征信黑名单。'],
}
UPSELL = {
    'operator': ['给您推荐一个新套餐，每月{price}元，流量比现在多。', '给您的宽带升级一下，顺便加一张副卡。',
                 '给您办一个5G升级包，流量翻倍。', '您家宽带我们送您一个电视盒子，明天师傅上门安装。'],
    'member': ['您的{plat}会员可以升级成超级会员，权益多很多。'],
    'express': ['您是我们的寄件老客户，给您开一个寄件会员，以后寄快递打折。'],
    'medical': ['您的医保卡可以绑定一个补充医疗险，住院报销比例更高。'],
    'credit': ['您的账单可以办理分期，每期还款压力小很多。', '您的卡可以升级一个商旅权益包，机场贵宾厅随便用。'],
}
PRICE_Q = ['要钱吗？', '收费吗？', '每个月多少钱？你说清楚。', '真的不加钱？', '那之后收不收费？', '有什么条件吗？',
           '不会多扣我钱吧？', '这个是免费的？']
PRICE_Q_CLAIM = ['要交什么钱吗？', '有什么条件吗？', '要我出钱吗？', '真的不用花钱？', '领这个要收费吗？']
CC_B = ['不要钱的，是免费送的，您放心。', '就多一点点，您在账单上基本看不出来。', '这个您不用操心，费用很少的，到时候短信会告诉您。',
        '是送的，不用您出钱，就是走个流程。', '先用着，钱的事您不用管。', '不会多扣钱的，您就放心用吧。']
CC_DOM = {
    'credit': ['提额是免费的，只是要开通一个会员服务，费用会分期显示，您不用管。', '免费办理，就收一个很少的服务费，到账后就退。',
               '年费全免，就是需要开个增值服务，您不会注意到的。'],
    'express': ['理赔要先交一个{small}元的保证金，到账后全退，相当于免费。', '做个小任务，都是免费的，不用您花钱。',
                '就是借个备用金走流程，马上还回去，一分钱不花。'],
    'medical': ['开户费只要{small}元，补贴到账就全退，等于不要钱。', '是国家补贴的，不要钱，每月从医保账户扣一点点，您不会发现。',
                '领取要交{small}元的手续费，不过补贴里会返给您，等于免费。'],
    'member': ['升级不要钱，价格和原来一样。', '会员是送的，后面续费的事到时候再说，先不用管。'],
    'operator': ['套餐资费不变，一分钱都不多扣。', '价格和您现在的一样，就是权益多了。', '每月从话费里扣一点点，但是送的比扣的多，等于免费。',
                 '资费方面跟原来一样，您感觉不到变化的。', '流量是白送的，月租一分不涨。'],
}
CC_DODGE = ['这个……具体看您的使用情况，反正很便宜。', '您先用着，账单出来您就知道了，很少的。', '这个不好说，总之很划算。']
CR_B = ['您手机马上会收到一条验证码，报给我，我在后台帮您操作。', '把您刚收到的6位数字告诉我，我帮您关闭。',
        '您把短信里的验证码读给我，确认一下是本人。', '您把收到的短信截图发到我微信上就行。',
        '等会儿系统发的那条码，您念给我，马上就办好。', '需要您提供一下收到的动态码，我这边核验身份。']
CR_DOM = {
    'operator': ['麻烦把您的6位服务密码告诉我，我帮您操作。', '{hot}会给您发一个六位数的验证码，您念给我就行。'],
    'credit': ['需要您提供一下卡号后面的3位安全码和短信验证码。', '您把卡的有效期和收到的验证码报一下，我给您提交。'],
    'medical': ['您把社保卡密码和收到的短信验证码告诉我，5分钟就办好。', '需要您的身份证号和手机验证码，我在后台给您认证。'],
    'express': ['您把收到的验证码告诉我，我这边帮您把理赔提交了。', '您打开支付宝，把收到的验证码读给我，钱马上到账。'],
    'member': ['您打开手机银行，等会儿收到一条验证码，您读给我，我给您做退费。', '退款要核验身份，您把短信里那串数字念给我。'],
}
CR_FOLLOW = ['对，就是那个6位数的，快念一下。', '后面几位呢？系统要超时了。', '您直接念就行，我们是官方的，不算透露。',
             '就是开头写着“请勿泄露”的那条，没关系，我们是内部人员。']
CR_SOFT_REFUSE = ['验证码？社区里讲过验证码不能告诉别人。', '我不念，验证码不能给别人。', '短信上写着不要告诉任何人。',
                  '我儿子说过这个不能念。', '那是登录码吧？我不给。', '我们社区赵警官说了，要验证码的都是骗子。']
CB_PRE = ['嗯……', '啊？', '我再想想……', '这个……', '哦。', '我听不太懂。', '……', '嗯，你说的是……']
CB_B = ['好的，我这边直接帮您办理了，下个月1号生效。', '好的，那就给您开通了。', '那我已经帮您确认了，您直接用就行。',
        '您没说不需要，那我就默认您同意了。', '已经帮您提交了，不用您操作。', '您刚才说“嗯”了，系统有录音，就算同意了。',
        '那我先给您登记上了啊。', '好，给您办上了，明天生效。']
CB_AFTER = ['都已经生效了，退不了的。', '已经提交系统了，撤不回来。', '您要退的话自己去App里退吧，我这边没法操作。',
            '取消和开通是一起的，系统就这样，您不用管。']
CB_OBJ = ['我没同意啊！', '等等，我说要了吗？', '你别给我乱办。', '我还没答应呢。', '谁让你办的？给我退掉。']
REFUSE = ['不需要，谢谢。', '我不要。', '不用了，我不办。', '我说了不需要。', '不办，别给我弄。',
          '我们社区讲过，这种电话不能信。', '我不感兴趣。', '真不用了。', '不弄了，我挂了。']
REFUSE_DOM = {'credit': ['我自己打{bhot}问。', '我去银行网点问吧。'], 'medical': ['我去社保窗口问。', '我问问社区吧。'],
              'express': ['我在快递App里自己查。', '我问问卖家吧。'], 'member': ['我自己去{plat}App里看。'],
              'operator': ['我打{hot}核实一下。', '我自己去营业厅问。']}
PR_OFFER = ['您先别挂，这个名额今天过了就没有了。', '这个活动只有今天，错过就没了。', '您再考虑考虑，这么好的机会别人抢都抢不到。',
            '您听我说完，真的很划算，办一个吧。', '您就办一个嘛，我都跟您说了这么半天了。', '现在不决定，系统马上就把名额收回了。']
PR_THREAT = ['您不处理，后果自负。', '您现在挂了，等出了事就来不及了。', '这事拖不得，必须现在处理。']
PR_FC = ['到时候扣了钱可别怪我没提醒您。', '扣了钱可不退啊，您想清楚。', '您不取消，以后每个月都扣，别说我没告诉您。']
PR_DOM_OFFER = {
    'operator': ['这个福利下个月就没了，现在不办以后就轮不到您了。', '名额有限，今天是最后一天。'],
    'member': ['这个会员名额今天就截止了。', '今天不领，名额就给别人了。'],
    'express': ['过了今天理赔通道就关闭了。', '您不配合就没法理赔了，今天不办就作废。'],
    'medical': ['名额今天下午就收回了。', '今天不领，补贴就退回国库了。'],
    'credit': ['额度今天不提，系统就收回了。', '这个提额名额今天过了就作废。'],
}
PR_DOM_THREAT = {
    'operator': ['两小时后您的号码就停机了，绑定的银行卡都受影响。', '您不处理的话，明天就开始扣费了。', '不处理的话下个月就停机了。'],
    'member': ['您不取消，明天一扣就是{big}，扣了可不退。', '不处理会影响您的个人征信，以后贷款买房都受影响。', '今天不注销，明天就上征信了。'],
    'express': ['不配合调查会被列为嫌疑人。', '您现在不处理，这事就要移交公安了。', '明天就扣费了，扣了不退。'],
    'medical': ['今天不办，您的医保卡就冻结了，看病全自费。', '逾期会影响您的养老金发放。', '拖到明天，医保卡就注销了。'],
    'credit': ['不报的话，今天晚上12点就冻结了，以后都贷不了款。', '不处理就上报征信了。', '明天就自动扣款了，扣了不退。'],
}
AB_B = ['你这人怎么回事啊，听都不听就拒绝。', '您怎么听不懂人话呢？', '真是好心当成驴肝肺。', '浪费我时间。',
        '没见过你这么难说话的。', '你这人怎么这么多疑，有病吧？', '老年人就是麻烦，什么都不懂还什么都不要。', '真是一点配合意识都没有。']
AB_GIFT = ['不办就算了，你以为我稀罕？', '你是不是傻，送给你都不要？', '白给的都不要，脑子有问题吧？']
AB_FAM = ['你懂什么，不懂就别乱插嘴。', '你是什么人啊，轮得到你管吗？', '你这人真没礼貌，我跟老人家说话你插什么嘴？']
HANGUP_C = ['挂了。', '再打我就投诉了。', '别再打了，再见。', '我已经记下你这个号码了。', '行了，挂了。', '']

# filler Q&A (neutral), to lengthen scam calls
FILL_SCAM = [('你怎么知道我电话的？', ['系统里有登记的，您是我们的客户嘛。', '您的资料在我们系统里。']),
             ('你是哪个部门的？', ['我们是总部客服中心的。', '我们是专门负责这个业务的部门。']),
             ('你说慢一点，我耳朵不好。', ['好的，我慢慢跟您说。', '好，{title}，我再说一遍。']),
             ('你工号多少？', ['我工号{gh}。', '工号不方便透露，您放心，我们是正规的。']),
             ('我现在在外面，不方便。', ['就几分钟，很快的。', '不耽误您时间，马上就好。']),
             ('这个是官方的吗？', ['当然是官方的，我们是正规单位。', '是的，我们是正规渠道。'])]

# family handoff
ELDER_HAND = ['你等等，我让我{fam}跟你说。', '我不懂这个，{fam}，你来接一下。', '哎呀，{fam}，你来听听这是怎么回事。',
              '我听不明白，你跟我{fam}说吧。', '{fam}，有人打电话说这个事，你来。']
FAM_OPEN = ['喂，你好，我是{ta}{fam}。你是哪里？', '你好，我是机主家里人，什么事你跟我说。', '喂，你把事情说清楚，你哪个单位的？',
            '你好，我是{fam}，刚才的事我听到了。']
FAM_REFUSE = ['正规单位从来不在电话里要验证码，你们别再打了。', '我已经记下这个号码了，再打就报警。', '不需要，不考虑，挂了。',
              '你们这种电话，我们社区的赵警官讲过好几次了，不用再说了。', '{rel}不办任何东西，有事我们自己去窗口问。',
              '你说的这些我们一样都不认，别再打了。']
FAM_REFUSE_DOM = {'operator': ['{rel}的号码不办任何业务，以后别打了。', '有什么事我们自己去营业厅问，不用你管。'],
                  'member': ['{rel}的手机我们看过了，根本没有你说的会员。', '会员的事我们自己在App里查，不用你管。'],
                  'express': ['快递的事我们自己在快递App里查，不用你理赔。', '你连单号都说不出来，别再打了。'],
                  'medical': ['医保的事我们自己去社保窗口办，不用你管。', '医保局不会打电话要验证码，我们不弄了。'],
                  'credit': ['{rel}的卡我们App上能看，根本没有你说的东西。', '我们自己打银行电话核实，不用你管。']}


class Picker:
    """per-call picker that avoids repeating a line inside one call"""
    def __init__(self, c):
        self.c, self.used = c, set()

    def __call__(self, bank):
        opts = [x for x in bank if x not in self.used] or list(bank)
        x = R.choice(opts)
        self.used.add(x)
        return F(x, self.c)


def T(sp, text, labels=()):
    return {'speaker': sp, 'text': text, 'labels': sorted(set(labels))}


def scam_two_party(c, dom, family=False):
    P = Picker(c)
    turns = []
    core = R.choices(['fr', 'fc', 'threat', 'upsell'], [3, 3, 1.5, 0 if dom == 'express' else 2])[0]
    offer = core in ('fr', 'upsell')
    turns.append(T('agent', P([x for x in OPEN[dom] if core == 'fc' or '退订' not in x])))
    if R.random() < 0.7:
        turns.append(T('customer', P(ACK)))
    if core == 'fr':
        turns.append(T('agent', P(FR_B[dom]), [FR]))
    elif core == 'fc':
        turns.append(T('agent', P(FC_B[dom]), [FC]))
        if R.random() < 0.5:
            turns.append(T('customer', P(['我没开过啊。', '我不记得开过。', '什么会员？我不知道。', '扣钱？扣什么钱？'])))
            turns.append(T('agent', P(FC_FOLLOW), [FC]))
    elif core == 'threat':
        turns.append(T('agent', P(THREAT[dom]), [PR]))
        if R.random() < 0.5:
            turns.append(T('customer', P(['啊？我没有啊。', '怎么会呢？', '那怎么办？', '我什么都没干啊。'])))
    else:
        turns.append(T('agent', P(UPSELL[dom])))
    for q, answers in R.sample(FILL_SCAM, R.choice([0, 0, 1, 1, 2, 3])):
        turns.append(T('customer', F(q, c)))
        turns.append(T('agent', P(answers)))
    handed = False
    fam_ref = FAM_REFUSE + FAM_REFUSE_DOM[dom] * 2

    def hand_over():
        turns.append(T('customer', P(ELDER_HAND)))
        turns.append(T('customer', P(FAM_OPEN)))

    if family and R.random() < 0.5:
        hand_over()
        handed = True
    # cost segment
    if (offer and R.random() < 0.65) or R.random() < 0.12:
        claimish = core == 'fr' and dom in ('express', 'medical')
        turns.append(T('customer', P(PRICE_Q_CLAIM if claimish else PRICE_Q)))
        bank = CC_DOM[dom] * 2 + ([] if dom in ('express', 'medical') else CC_B)
        turns.append(T('agent', P(bank), [CC]))
        if R.random() < 0.35:
            turns.append(T('customer', P(['那到底多少钱？', '你说个具体数。', '一点点是多少？'])))
            turns.append(T('agent', P(CC_DODGE), [CC]))
    # code segment
    if R.random() < (0.7 if not offer else 0.4):
        if not handed and R.random() < 0.4:
            turns.append(T('customer', P(['那怎么弄？', '那你帮我弄吧。', '要我做什么？', '怎么取消？' if core == 'fc' else '怎么办理？'])))
        bank = [x for x in CR_B + CR_DOM[dom] * 2 if core == 'fc' or ('关闭' not in x and '退' not in x)]
        turns.append(T('agent', P(bank), [CR]))
        if handed:
            turns.append(T('customer', P(fam_ref)))
        elif R.random() < 0.35:
            turns.append(T('customer', P(['就是这个吗？我看看……', '是……等一下，字太小了。', '哦，是%d……' % R.randint(100, 999)])))
            turns.append(T('agent', P(CR_FOLLOW), [CR] + ([PR] if R.random() < 0.3 else [])))
            if family and R.random() < 0.7:
                turns.append(T('customer', P(['哎，你等等，我' + c['fam'] + '回来了。', c['fam'] + '，你看看这个。'])))
                turns.append(T('customer', P(fam_ref)))
                handed = True
        else:
            turns.append(T('customer', P(CR_SOFT_REFUSE)))
    # consent segment (only while the elderly callee is still on the line)
    if not handed and core != 'threat' and R.random() < 0.45:
        turns.append(T('customer', P(CB_PRE)))
        turns.append(T('agent', P(CB_B), [CB]))
        if R.random() < 0.6:
            turns.append(T('customer', P(CB_OBJ)))
            if R.random() < 0.7:
                turns.append(T('agent', P(CB_AFTER), [CB]))
        if family and R.random() < 0.5:
            hand_over()
            handed = True
    # refusal and pressure loop
    rounds = R.choices([0, 1, 2, 3], [2, 4, 2, 1])[0]
    if offer:
        pb = PR_OFFER + PR_DOM_OFFER[dom] * 2
    else:
        pb = PR_THREAT + PR_DOM_THREAT[dom] * 2 + (PR_FC if core == 'fc' else [])
    ref = REFUSE + REFUSE_DOM[dom] * 2
    for _ in range(rounds):
        turns.append(T('customer', P(fam_ref if handed else ref)))
        turns.append(T('agent', P(pb), [PR]))
    if R.random() < 0.35 or (rounds and R.random() < 0.2):
        turns.append(T('customer', P(fam_ref if handed else ref)))
        abank = AB_B + (AB_GIFT * 2 if offer else [])
        turns.append(T('agent', P(AB_FAM if handed and R.random() < 0.6 else abank), [AB]))
        if R.random() < 0.5:
            turns.append(T('customer', P(['你怎么骂人呢！', '你什么态度！', '我要投诉你。', '懒得跟你说。'])))
    last = R.choice(HANGUP_C)
    if last and turns[-1]['speaker'] == 'agent':
        turns.append(T('customer', last))
    if not any(t['labels'] for t in turns):
        turns.append(T('customer', P(ref)))
        turns.append(T('agent', P(pb), [PR]))
    return turns[:25], 'gen_scam_%s_%s%s' % (dom, core, '_family' if handed else '')


ROBO = {
    'operator': [('尊敬的用户，您已被评为星级用户，可领取每月{gb}G流量，资费不变，领取请按1。', [FR, CC]),
                 ('您好，您的号码因涉嫌违规即将停机，如有疑问请按9转人工。', [PR]),
                 ('尊敬的{ops}用户，您赠送的视频会员即将开始扣费，取消请按1。', [FC]),
                 ('恭喜您获得老用户感恩回馈，每月加赠{gb}G流量，了解详情请按1。', [FR])],
    'member': [('您好，您的{plat}会员即将自动续费，本次扣费{big}元，取消请按1，人工服务请按0。', [FC]),
               ('尊敬的用户，您开通的会员服务将于今晚24点自动扣费{big}元，如需取消请按1。', [FC]),
               ('您好，您的会员账户扣费失败，将影响您的个人征信，处理请按1。', [FC, PR])],
    'express': [('您好，您的快递在运输中丢失，现为您办理双倍理赔，请按1联系理赔专员。', [FR]),
                ('您好，您有一个包裹被海关扣留，涉嫌违禁物品，请按9了解详情。', [PR])],
    'medical': [('您好，您的医保卡已被冻结，将影响您的报销，详情请按9转人工服务。', [PR]),
                ('您好，您有一笔医疗补贴{amt}元待领取，领取请按1。', [FR]),
                ('您好，您的医保账户需要升级，不升级将无法使用，升级请按1。', [PR])],
    'credit': [('您好，您的信用卡已获得提额资格，最高可提升至{lim}万元，免费提额请按1。', [FR]),
               ('您好，您的信用卡存在异常交易，今日将被冻结，处理请按1。', [PR]),
               ('尊敬的客户，您的信用卡会员服务即将扣费{big}元，取消请按1。', [FC])],
}
ROBO_AGENT = [('您好，我是专员，请把您手机上刚收到的6位数字告诉我，我帮您处理。', [CR]),
              ('您好，您按了1就是同意领取了，我这边已经给您登记生效。', [CB]),
              ('您好，处理需要核验身份，稍后收到的验证码请报给我。', [CR]),
              ('您好，这个服务是免费的，不会多扣您一分钱，我直接给您办好。', [CC, CB])]


def scam_robocall(c, dom):
    text, labs = R.choice(ROBO[dom])
    turns = [T('agent', F(text, c), labs)]
    if R.random() < 0.55:
        turns.append(T('customer', R.choice(['（按了1）', '（按键）', '（按了9）'])))
        t2, l2 = R.choice(ROBO_AGENT)
        turns.append(T('agent', t2, l2))
    return turns, 'gen_robocall_%s' % dom


VM = {
    'operator': [('喂，您好，我是{op}客服，您的号码有个每月{fee}元的业务下个月开始扣费，看到未接来电请尽快回拨本号码办理取消。', [FC]),
                 ('您好，我是{ops}装维部的，您家宽带今天统一升级，没升级的明天断网，升级是免费的，请尽快回电。', [PR, CC])],
    'member': [('您好，这里是{plat}会员中心，您的VIP会员将于今日自动续费{big}元，如非本人操作请立即回拨本号码，由专员为您取消，逾期无法退款。', [FC, PR])],
    'express': [('您好，我是{courier}理赔专员，您的包裹丢失了，可以给您三倍赔偿{amt}元，今天之内回电办理，过期作废。', [FR, PR])],
    'medical': [('您好，这里是社保中心，您有一笔医疗补助{amt}元未领取，请回拨本号码办理，逾期将退回国库。', [FR, PR]),
                ('{surname}{title}您好，这里是市医保中心，您的医保卡被冻结，请今天下午5点前回电解冻，办理时需要提供手机验证码。', [PR, CR])],
    'credit': [('您好，这里是信用卡中心，您已获得老客户专享提额，最高可提至{lim}万，名额有限，请今日内回拨，逾期视为放弃。', [FR, PR]),
               ('您好，这里是信用卡中心，您的卡被开通了会员服务，每月扣{fee}元，如需取消请在今天{hour}点前回拨，超时将影响征信。', [FC, PR])],
}


def scam_voicemail(c, dom):
    text, labs = R.choice(VM[dom])
    return [T(R.choice(['agent', 'agent', 'unknown']), F(text, c), labs)], 'gen_voicemail_%s' % dom


# ---------------------------------------------------------------- honest builders
H_ACK = ['好的。', '嗯，知道了。', '哦，好的，谢谢。', '明白了。', '行。']
H_BYE = ['好的，打扰您了，再见。', '不客气，祝您生活愉快。', '感谢您的接听，再见。', '好的，有问题随时联系我们。']


def h_op_bill(c):
    t = [T('agent', pick(['您好，这里是{op}{hot}，提醒您本月话费余额{bal}元，本月套餐费{price}元会在下月1日扣除，请及时充值。',
                          '您好，我是{hot}客服，您的号码目前欠费{bal}元，为避免影响使用，请您尽快缴费。'], c))]
    if R.random() < 0.7:
        t.append(T('customer', R.choice(['在哪儿充？', '怎么交？', '你们电话里能交吗？'])))
        t.append(T('agent', pick(['您可以通过{op}App、微信、支付宝或者营业厅充值，电话里我们不收费。', '在{op}App里就能交，也可以去营业厅，我们不会让您转账到个人账户。'], c)))
        t.append(T('customer', R.choice(H_ACK)))
    t.append(T('agent', R.choice(H_BYE)))
    return t, 'gen_honest_op_bill', False


def h_op_realname(c):
    t = [T('agent', pick(['您好，这里是{op}{hot}，我们在做实名信息核对，请问这个号码是您本人在使用吗？',
                          '您好，我是{hot}客服，工号{gh}，根据实名制要求跟您确认一下，这个号码是您本人在用吗？'], c))]
    if R.random() < 0.6:
        t.append(T('customer', R.choice(['你们不会要验证码吧？', '你怎么证明你是{hot}？'.format(**c), '要我提供什么？'])))
        t.append(T('agent', pick(['您放心，这通电话不会索要任何验证码或密码，也不办理任何业务。有疑问您可以挂断后直接拨打{hot}核实。',
                                  '不需要您提供验证码，我们只确认是否本人使用。如果不放心，您可以挂了电话自己拨{hot}查询。'], c)))
    t.append(T('customer', R.choice(['是我本人用的。', '对，是我的。', '是我在用。'])))
    t.append(T('agent', R.choice(['好的，感谢配合，再见。', '好的，核对完成，打扰您了。'])))
    return t, 'gen_honest_op_realname_nocode', True


def h_op_offer_yes(c):
    t = [T('agent', pick(['您好，我是{op}{hot}客服，工号{gh}，有一个流量包想介绍给您：每月加{add}元，多{gb}G国内流量，您需要吗？',
                          '您好，我是{hot}的客服，您现在的套餐可以升级，升级后每月{price}元，比现在多{add}元，流量多{gb}G，您考虑吗？'], c))]
    t.append(T('customer', R.choice(['多{add}块钱是吧？有合约期吗？'.format(**c), '那就是每个月多{add}元？'.format(**c), '能随时退吗？'])))
    t.append(T('agent', pick(['对，每月固定多收{add}元，没有合约期，可以随时在{op}App里退订。', '是的，每月多{add}元，下月1日生效，不想要了在App里就能退订。'], c)))
    if R.random() < 0.5:
        t.append(T('customer', R.choice(['我想想。', '嗯……', '这个……']))) 
        t.append(T('agent', R.choice(['没关系，您考虑一下，不办也没有任何影响。', '不着急，您不需要的话我们就不办理。'])))
    t.append(T('customer', R.choice(['好的，我同意办理。', '行，那就办吧，我同意。', '好，我确认办理。'])))
    t.append(T('agent', pick(['好的，已记录您同意办理每月{add}元的业务，稍后会有确认短信，短信里有退订方式。', '收到，您明确同意办理，下月1日生效，会有短信通知。'], c)))
    return t, 'gen_honest_op_offer_explicit_yes', True


def h_op_offer_no(c):
    t = [T('agent', pick(['您好，我是{op}客服，工号{gh}，现在有个宽带加副卡的活动，每月多交{add}元，您感兴趣吗？',
                          '您好，{hot}客服，想给您介绍一个{price}元的融合套餐，比您现在每月多{add}元，您需要吗？'], c))]
    t.append(T('customer', pick(['不需要。', '不用了，谢谢。', '我不要。'], c)))
    if R.random() < 0.5:
        t.append(T('agent', R.choice(['好的，那以后有需要可以在App里了解，可以吗？', '好的，那方便问一下是价格的原因吗？'])))
        t.append(T('customer', R.choice(['行。', '就是不需要。', '嗯。'])))
    t.append(T('agent', R.choice(['好的，不打扰您了，再见。', '明白，不给您办理，祝您生活愉快。'])))
    return t, 'gen_honest_op_offer_declined', True


def h_op_customer_cancel(c):
    t = [T('customer', pick(['喂，{hot}吗？我要取消一个视频会员，每个月扣我{fee}块钱。', '你好，我想退订一个业务，话费里每月多扣了{fee}元。'], c))]
    t.append(T('agent', pick(['您好，我帮您查一下。您这个号码确实订购了{plat}会员，每月{fee}元。请问您确认要退订吗？',
                              '好的，查到了，是一个每月{fee}元的{plat}包月，请问确认退订吗？'], c)))
    t.append(T('customer', R.choice(['确认，退订。', '对，退掉。', '确认。'])))
    t.append(T('agent', R.choice(['好的，已经按您的要求退订了，下个月起不再扣费，稍后有短信通知。', '已为您退订成功，本月已扣费用不退，下月起不再收费。'])))
    return t, 'gen_honest_op_customer_cancel', True


def h_op_free_plain(c):
    t = [T('agent', pick(['您好，这里是{op}{hot}，为感谢您在网多年，已经在您账户里赠送了一次性国内流量{gb}G，本月有效，不需要办理任何业务，也不产生任何费用。',
                          '您好，{hot}提醒您，您参加的积分活动已自动兑换{gb}G流量到账，不需要回复任何内容，也不会收费。'], c))]
    if R.random() < 0.6:
        t.append(T('customer', R.choice(['不用我确认什么吧？', '以后会收费吗？', '要我念验证码吗？'])))
        t.append(T('agent', R.choice(['不用，已经到账了，到期自动失效，不会转成收费业务。我们也不会找您要验证码。', '不需要任何操作，也不会收费，您可以在App里查看。'])))
    return t, 'gen_honest_op_free_reward_plain', True


def h_op_code_in_app(c):
    t = [T('agent', pick(['您好，这里是{hot}，您刚才在网上营业厅申请了停机保号，系统会给您发一条验证码短信。',
                          '您好，{op}客服，您刚在App里办理换套餐，需要短信验证码确认。'], c))]
    t.append(T('customer', R.choice(['是要我念给你吗？', '验证码要告诉你吗？'])))
    t.append(T('agent', R.choice(['不用念给我，请您在页面上自己输入就可以。任何人打电话要您的验证码都不要给，包括我们。',
                                  '不要告诉我，您自己在App里输入就行，我们客服不会索要验证码。'])))
    t.append(T('customer', R.choice(['好，输好了。', '行，我自己输。'])))
    return t, 'gen_honest_op_code_in_app', True


def h_op_outage(c):
    t = [T('agent', pick(['尊敬的客户您好，这里是{op}，因线路施工，您所在小区宽带将于{mon}月{day}日凌晨1点到5点暂停服务，敬请谅解，详询{hot}。',
                          '您好，我是{ops}装维师傅，您报修的宽带问题我明天上午10点上门处理，上门不收费，有变动回拨这个号。'], c))]
    if R.random() < 0.5:
        t.append(T('customer', R.choice(H_ACK)))
    return t, 'gen_honest_op_outage', False


def h_mem_renew(c):
    t = [T('agent', pick(['您好，这里是{plat}会员服务的提醒电话。您的连续包月会员将于{mon}月{day}日自动续费{fee}元，如不需要，请打开{plat}App，进入“我的—会员中心—自动续费管理”自行关闭。我们不会让您提供验证码或转账。',
                          '{op}提醒您：您订购的{plat}会员，每月{fee}元，将于下月1日自动续订。如需退订，请在{op}App“已订业务”里自行退订，或发送0000到{hot}查询。'], c))]
    if R.random() < 0.55:
        t.append(T('customer', R.choice(['你不能直接帮我关吗？', '那我怎么关？', '关了还能看吗？'])))
        t.append(T('agent', R.choice(['为了安全，关闭需要您本人在App里操作，关闭后当期到期前还能继续用。',
                                      '在微信“我—服务—钱包—支付设置—自动续费”里也能关，关了以后不会再扣费。'])))
        t.append(T('customer', R.choice(['好，我自己关。', '知道了。'])))
    return t, 'gen_honest_member_renew_reminder', True


def h_mem_refund(c):
    t = [T('agent', pick(['您好，我是{plat}客服，您投诉的会员重复扣费我们核实了，确实多扣了一次{fee}元。',
                          '您好，{plat}客服回电，您申请的会员退款已经审核通过，金额{fee}元。'], c))]
    t.append(T('customer', R.choice(['那怎么退给我？', '要我提供什么吗？', '要验证码吗？'])))
    t.append(T('agent', R.choice(['已经原路退回您的付款账户，1到3个工作日到账，不需要您做任何操作，也不会索要验证码。',
                                  '不需要您提供任何信息，原路退回，到账会有通知。'])))
    t.append(T('customer', R.choice(H_ACK)))
    return t, 'gen_honest_member_refund', True


def h_mem_trial(c):
    t = [T('agent', pick(['您好，这里是{plat}会员客服的语音提醒。您领取的7天体验会员将于明天到期，到期后不会自动扣费，如需继续使用请在App内自行购买。本电话不会要求您提供任何验证码。',
                          '您好，{plat}提醒您：您的会员将于{mon}月{day}日到期，您未开通自动续费，到期后不会扣款。'], c))]
    return t, 'gen_honest_member_trial_end', True


def h_exp_pickup(c):
    t = [T('agent', pick(['喂，您好，我是{courier}的快递员，您的件在驿站，您说让我送上楼是吧？', '您好，{courier}快递，您有个件我放驿站了，您要我帮您送上门吗？'], c))]
    t.append(T('customer', R.choice(['对，麻烦你了。', '好啊，我腿脚不方便。', '行，送上来吧。'])))
    t.append(T('agent', R.choice(['那您把驿站发给您的取件码告诉我，我去帮您取出来。', '您把取件码报给我，我从驿站拿了给您送过去。'])))
    t.append(T('customer', F('取件码是{pin}。', c)))
    t.append(T('agent', F(R.choice(['好的，{pin}，十分钟送到。', '收到，马上给您送上去。']), c)))
    return t, 'gen_honest_courier_pickup_code', True


def h_exp_delivery(c):
    t = [T('agent', pick(['您好，我是{courier}快递员，您的快递预计下午3点送到，家里有人吗？', '您好，{courier}，您的快递到小区门口了，您方便下来拿一下吗？'], c))]
    t.append(T('customer', R.choice(['有人。', '我不在家，放门口吧。', '放驿站吧。'])))
    t.append(T('agent', R.choice(['好的。', '行，给您放好了拍照发您。'])))
    return t, 'gen_honest_courier_delivery', False


def h_exp_claim(c):
    t = [T('agent', pick(['您好，我是{courier}客服，工号{gh}，您的快件单号尾号{tail}在中转时破损了，想跟您沟通一下理赔。',
                          '您好，{courier}客服，您申请的丢件理赔我们核实了，确实是我们丢件。'], c))]
    t.append(T('customer', R.choice(['那怎么赔？', '我需要做什么？'])))
    t.append(T('agent', R.choice(['您在官方App的“理赔”入口上传购买凭证，我们按保价金额赔付，不会让您交钱、借款或者在电话里提供验证码。',
                                  '赔款会原路退到您付运费的账户，App里能看进度，全程不需要您转账，也不会要验证码。'])))
    t.append(T('customer', R.choice(['好，我晚上传。', '行，知道了。'])))
    return t, 'gen_honest_courier_real_claim', True


def h_exp_cod(c):
    t = [T('agent', pick(['您好，我是{courier}快递员，您有一个到付件，到付{fee}元，寄件人是一个保健品公司，您认识吗？'], c))]
    t.append(T('customer', R.choice(['不认识，我没买过。', '没买过这个。'])))
    t.append(T('agent', R.choice(['那您可以拒收，拒收不用付钱，我给您退回去。', '那建议拒收，不用付钱。'])))
    t.append(T('customer', R.choice(['拒收，谢谢提醒。', '好，退回去吧。'])))
    return t, 'gen_honest_courier_cod_refuse', True


def h_exp_locker(c):
    return [T('agent', pick(['您好，这里是智能快递柜，您的快递已存入小区{n}号楼快递柜，取件码已短信发送，请凭取件码取件。',
                             '您好，{courier}提醒您，您的快递已放在驿站，凭短信里的取件码取件，有问题回拨本电话。'], c))], 'gen_honest_courier_locker', True


def h_med_pay(c):
    t = [T('agent', pick(['您好，这里是区医疗保障局，提醒您明年度城乡居民医保缴费截止到12月31日，个人缴费380元。',
                          '您好，这里是社区服务站，提醒您家里老人的居民医保该续缴了，截止到月底。'], c))]
    t.append(T('customer', R.choice(['电话里能交吗？', '你们要验证码吗？', '怎么交？'])))
    t.append(T('agent', R.choice(['不通过电话收费，也不会索要任何验证码。您可以在国家医保服务平台、税务App或者社区服务站自己缴。',
                                  '不要在电话里交钱，请在官方App或者社区窗口缴费，有疑问打12393核实。'])))
    t.append(T('customer', R.choice(H_ACK)))
    return t, 'gen_honest_medical_payment', True


def h_med_card(c):
    t = [T('agent', pick(['您好，这里是区社保服务中心，您申请的社保卡已经制好，请带身份证到中心一楼领取。',
                          '您好，这里是市医疗保障局的语音提醒，您的社保卡将于年底到期，请持身份证到就近网点换卡，换卡期间医保待遇不受影响。'], c))]
    if R.random() < 0.5:
        t.append(T('customer', R.choice(['能代领吗？', '要交钱吗？'])))
        t.append(T('agent', R.choice(['可以代领，带两个人的身份证原件就行。', '不用再交钱，也不需要在电话里提供任何信息。'])))
    return t, 'gen_honest_medical_card', R.random() < 0.5


def h_med_reimb(c):
    t = [T('agent', '您好，我是区医保局报销科，您提交的异地就医报销材料缺一张出院小结复印件。')]
    t.append(T('customer', R.choice(['那怎么补？', '钱什么时候到？'])))
    t.append(T('agent', '您可以到窗口补交或者在医保服务平台上传，报销款会打到您的社保卡账户，不需要您在电话里提供验证码或者银行卡密码。'))
    t.append(T('customer', R.choice(['好，我让孩子帮我上传。', '知道了。'])))
    return t, 'gen_honest_medical_reimbursement', True


def h_cr_fraud(c):
    t = [T('agent', pick(['您好，我是{bank}信用卡中心，您尾号{tail}的信用卡刚才有一笔{big}元的交易，想核实一下是不是本人操作？'], c))]
    yes = R.random() < 0.5
    t.append(T('customer', '是我买的。' if yes else R.choice(['不是我，我在家呢。', '没有啊，不是我。'])))
    if yes:
        t.append(T('agent', '好的，那就没问题了。提醒您，我们不会索要您的验证码或密码。'))
    else:
        t.append(T('agent', '明白，需要我先帮您暂停这张卡的交易吗？'))
        t.append(T('customer', R.choice(['要，赶紧停。', '好，停了吧。'])))
        t.append(T('agent', pick(['已经按您的要求暂停了。我们不会索要您的验证码、密码或者安全码，后续请在{bapp}App里挂失补卡，或拨打{bhot}。'], c)))
    return t, 'gen_honest_bank_fraud_alert', True


def h_cr_limit(c):
    t = [T('agent', pick(['您好，我是{bank}信用卡中心的客服，您的卡片目前可以申请临时提额，有效期60天，不收任何费用。',
                          '您好，{bank}信用卡中心，您的卡符合固定额度调整条件，您有需要吗？'], c))]
    t.append(T('customer', R.choice(['要我验证码吗？', '怎么弄？', '要收费吗？'])))
    t.append(T('agent', pick(['不需要，我们不会在电话里要任何验证码。需要的话您自己在{bapp}App“额度管理”里申请，或者拨打{bhot}。',
                              '不收费，也不需要您提供验证码，您在{bapp}App里自己申请就行。'], c)))
    t.append(T('customer', R.choice(['那我不用了。', '好，我自己看看。'])))
    t.append(T('agent', R.choice(['好的，不需要就不作处理，打扰您了。', '好的，再见。'])))
    return t, 'gen_honest_bank_limit_app', True


def h_cr_bill(c):
    t = [T('agent', pick(['您好，这里是{bank}信用卡中心，提醒您尾号{tail}的信用卡本期账单{cardbill}元，到期还款日是本月{day}日。'], c))]
    hn = R.random() < 0.6
    if hn:
        t[0]['text'] += '我行工作人员不会以任何理由索要您的验证码，也不会要求您转账到个人账户。'
    if R.random() < 0.5:
        t.append(T('customer', R.choice(H_ACK)))
    return t, 'gen_honest_bank_bill', hn


def h_cr_install(c):
    t = [T('agent', pick(['您好，我是{bank}信用卡中心，您本期账单{cardbill}元，可以办理账单分期，分12期每期手续费率0.6%，您需要吗？'], c))]
    t.append(T('customer', R.choice(['有手续费啊？', '总共多少手续费？'])))
    t.append(T('agent', '对，是有手续费的，具体金额办理前会短信告知，您不需要的话按期全额还款就不产生费用。'))
    if R.random() < 0.5:
        t.append(T('customer', '不需要。'))
        t.append(T('agent', '好的，不给您办理，谢谢接听。'))
    else:
        t.append(T('customer', '好的，我同意办理12期。'))
        t.append(T('agent', '好的，已记录您同意办理12期分期，办理成功会有短信。'))
    return t, 'gen_honest_bank_installment', True


HONEST = {'operator': [h_op_bill, h_op_realname, h_op_offer_yes, h_op_offer_no, h_op_customer_cancel, h_op_free_plain,
                       h_op_code_in_app, h_op_outage],
          'member': [h_mem_renew, h_mem_refund, h_mem_trial],
          'express': [h_exp_pickup, h_exp_delivery, h_exp_claim, h_exp_cod, h_exp_locker],
          'medical': [h_med_pay, h_med_card, h_med_reimb],
          'credit': [h_cr_fraud, h_cr_limit, h_cr_bill, h_cr_install]}

H_FILL = [('你怎么证明你是官方的？', '您可以挂断后自己拨打官方号码核实，我们不勉强。'),
          ('你们不会骗人吧？我们社区老赵警官说现在骗子多。', '您警惕是对的，我们不会要验证码、不会让您转账。'),
          ('你说慢点，我记一下。', '好的，我慢慢说。'),
          ('这个要钱吗？', '这通电话不收任何费用，也不办理任何收费业务。')]


def honest_call(c, dom, family):
    fn = R.choice(HONEST[dom])
    turns, scen, hn = fn(c)
    if len(turns) > 1 and R.random() < 0.3:
        q, a = R.choice(H_FILL)
        pos = R.randint(1, len(turns))
        turns[pos:pos] = [T('customer', q), T('agent', a)]
    if family and turns[0]['speaker'] == 'agent' and len(turns) > 1:
        ins = [T('customer', pick(ELDER_HAND, c)), T('customer', pick(['喂，你好，我是{fam}，什么事你跟我说。', '你好，我是家里人，你说吧。'], c))]
        turns[1:1] = ins
        scen += '_family'
        hn = True
    if R.random() < 0.1 and turns[-1]['speaker'] == 'agent':
        turns.append(T('customer', R.choice(['你们烦不烦啊，一天到晚打电话。', '知道了知道了，别啰嗦了。'])))
    return turns[:25], scen, hn


# ---------------------------------------------------------------- main
DOMS = ['operator', 'member', 'express', 'medical', 'credit']
DOM_W = [4, 2.5, 2, 2, 2.5]


def gen_one():
    c = new_ctx()
    dom = R.choices(DOMS, DOM_W)[0]
    honest = R.random() < 0.52
    family = c['elder'] and R.random() < 0.35
    if honest:
        turns, scen, hn = honest_call(c, dom, family)
    else:
        form = R.choices(['two', 'robo', 'vm'], [8, 1.2, 0.8])[0]
        if form == 'two':
            turns, scen = scam_two_party(c, dom, family)
        elif form == 'robo':
            turns, scen = scam_robocall(c, dom)
        else:
            turns, scen = scam_voicemail(c, dom)
        hn = False
    turns = [t for t in turns if t['text']]
    labels = sorted({l for t in turns for l in t['labels']})
    return {'lang': 'zh', 'deceptive': bool(labels), 'labels': labels, 'turns': turns, 'source': 'writer:z08',
            'scenario': scen, 'hard_negative': bool(hn and not labels), 'written': 'generator'}


def main():
    hand = [json.loads(l) for l in open('hand.jsonl', encoding='utf-8') if l.strip()]
    out = list(hand)
    seen = {json.dumps(x['turns'], ensure_ascii=False) for x in hand}
    while len(out) < len(hand) + N_GEN:
        call = gen_one()
        key = json.dumps(call['turns'], ensure_ascii=False)
        if key in seen:
            continue
        seen.add(key)
        call = {'id': 'z08-%04d' % (len(out) + 1), **call}
        out.append(call)
    with open('calls.jsonl', 'w', encoding='utf-8') as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('wrote', len(out), 'calls (hand %d, generated %d)' % (len(hand), len(out) - len(hand)))


if __name__ == '__main__':
    main()
